<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Digital skills for everyone</source>
        <translation>Bình dân học vụ số</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Chạm vào màn hình để bắt đầu</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Well done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Congratulations!</source>
        <translation>Chúc mừng bác!</translation>
    </message>
    <message>
        <source>You have finished the lesson</source>
        <translation>Bác đã học xong bài</translation>
    </message>
    <message>
        <source>Learn it again</source>
        <translation>Học lại bài này</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Học bài khác</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Bác chọn một bài học</translation>
    </message>
    <message>
        <source>No lessons yet. Please ask the facilitator to add a lesson pack.</source>
        <translation>Chưa có bài học nào. Bác nhờ cán bộ hướng dẫn thêm bài học nhé.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Trang {page} / {count}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still learning?</source>
        <translation>Bác còn đang học không?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Tôi vẫn đang học</translation>
    </message>
    <message>
        <source>Going back to the start in {seconds} seconds</source>
        <translation>Còn {seconds} giây nữa sẽ quay về màn hình đầu</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <source>No reading voice: please read the text.</source>
        <translation>Không có giọng đọc. Bác đọc chữ nhé.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Đọc tiếp</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Đọc vừa</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Đọc chậm</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Rất chậm</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Nghe lại</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Bước {n} / {total}</translation>
    </message>
    <message>
        <source>Try it: {prompt}</source>
        <translation>Thử làm: {prompt}</translation>
    </message>
</context>
<context>
    <name>QuitOverlay</name>
    <message>
        <source>Close the kiosk program?</source>
        <translation>Thoát chương trình kiosk?</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Không, tiếp tục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
</context>
</TS>

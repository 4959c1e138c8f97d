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
    <name>ChannelsScreen</name>
    <message>
        <source>Open your phone&apos;s camera and point it at this code. Then touch the number that appears to call.</source>
        <translation>Bác mở máy ảnh của điện thoại, đưa vào mã này. Rồi chạm vào số điện thoại hiện ra để gọi.</translation>
    </message>
    <message>
        <source>Open Zalo and touch the QR button at the top. Point the camera at this code, then touch Follow.</source>
        <translation>Bác mở Zalo, chạm vào nút quét mã QR ở phía trên. Đưa máy ảnh vào mã này, rồi chạm Quan tâm.</translation>
    </message>
    <message>
        <source>Open Zalo or your phone&apos;s camera and point it at this code. Then touch the link that appears.</source>
        <translation>Bác mở Zalo hoặc máy ảnh của điện thoại, đưa vào mã này. Rồi chạm vào đường dẫn hiện ra.</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Kênh chính thức</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tất cả các kênh</translation>
    </message>
    <message>
        <source>No channels yet. Please ask the facilitator.</source>
        <translation>Chưa có kênh nào. Bác nhờ cán bộ hướng dẫn nhé.</translation>
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
    <message>
        <source>Print the guide</source>
        <translation>In hướng dẫn</translation>
    </message>
    <message>
        <source>Scan with your phone to open:</source>
        <translation>Quét mã bằng điện thoại để mở:</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Printed on %1</source>
        <translation>Ngày in: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Kênh chính thức</translation>
    </message>
    <message>
        <source>Scan a code with your phone&apos;s camera or with Zalo.</source>
        <translation>Quét mã bằng máy ảnh của điện thoại hoặc bằng Zalo.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Liên hệ %1</translation>
    </message>
    <message>
        <source>Your commune</source>
        <translation>Xã, phường của bác</translation>
    </message>
    <message>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
    <message>
        <source>Official information channels of %1</source>
        <translation>Kênh thông tin chính thức của %1</translation>
    </message>
    <message>
        <source>Official information channels</source>
        <translation>Kênh thông tin chính thức</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Bác chọn một bài học</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Kênh chính thức</translation>
    </message>
    <message>
        <source>No lessons yet. Please ask the facilitator to add a lesson pack.</source>
        <translation>Chưa có bài học nào. Bác nhờ cán bộ hướng dẫn thêm bài học nhé.</translation>
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
    <name>KioskWindow</name>
    <message>
        <source>Printing is not set up here. Please ask the facilitator.</source>
        <translation>Máy này chưa in được. Bác nhờ cán bộ hướng dẫn giúp nhé.</translation>
    </message>
    <message>
        <source>Preparing your guide...</source>
        <translation>Đang chuẩn bị tờ hướng dẫn…</translation>
    </message>
    <message>
        <source>Printing now. Please take the sheet from the printer.</source>
        <translation>Đang in. Bác lấy tờ giấy ở máy in nhé.</translation>
    </message>
    <message>
        <source>The printer is not ready. Your guide has been saved; please ask the facilitator to print it for you.</source>
        <translation>Máy in chưa sẵn sàng. Tờ hướng dẫn đã được lưu lại, bác nhờ cán bộ in giúp nhé.</translation>
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
    <name>MessageOverlay</name>
    <message>
        <source>OK</source>
        <translation>Đã hiểu</translation>
    </message>
</context>
<context>
    <name>Pager</name>
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

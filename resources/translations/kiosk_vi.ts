<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AttendancePage</name>
    <message>
        <source>{count} present</source>
        <translation>Đã có {count} người</translation>
    </message>
    <message>
        <source>Attendance: {session}</source>
        <translation>Điểm danh: {session}</translation>
    </message>
    <message>
        <source>{count} present. An ended session cannot be opened again.</source>
        <translation>Đã có {count} người. Buổi đã kết thúc thì không mở lại được.</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Kết thúc buổi</translation>
    </message>
    <message>
        <source>Card scanned</source>
        <translation>Đã quét thẻ</translation>
    </message>
    <message>
        <source>The camera cannot be used here. Use the scanner, or Add people.</source>
        <translation>Không dùng được camera ở đây. Hãy dùng máy quét, hoặc chạm “Thêm người”.</translation>
    </message>
    <message>
        <source>Nobody is present yet: no cards to print.</source>
        <translation>Chưa có ai có mặt: chưa có thẻ để in.</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Quét thẻ</translation>
    </message>
    <message>
        <source>Print learner cards</source>
        <translation>In thẻ học viên</translation>
    </message>
    <message>
        <source>Nobody yet. Scan a citizen ID card or a learner card, or touch Add people.</source>
        <translation>Chưa có ai. Quét thẻ căn cước hoặc thẻ học viên, hoặc chạm “Thêm người”.</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation>Kết thúc buổi này?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa, quay lại</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Kết thúc buổi</translation>
    </message>
    <message>
        <source>✓ 2 on a card: 2 kinds of help recorded for that person in this session.</source>
        <translation>✓ 2 trên thẻ: đã ghi 2 việc giúp người đó trong buổi này.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Đã kết thúc buổi.</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Về trang chính</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation>Có mặt: {count} người</translation>
    </message>
    <message>
        <source>Here for the first time: {count}</source>
        <translation>Lần đầu đến: {count} người</translation>
    </message>
    <message>
        <source>Given support: {count}</source>
        <translation>Được hỗ trợ: {count} người</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Digital skills for everyone</source>
        <translation>Bình dân học vụ số</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Mời bác chạm vào màn hình để bắt đầu</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Bước {n} / {total}</translation>
    </message>
    <message>
        <source>Everyone, try it on your own phone: {task}</source>
        <translation>Bà con hãy thử trên điện thoại của mình: {task}</translation>
    </message>
    <message>
        <source>Everyone, try it on your own phone. {task}</source>
        <translation>Bà con hãy thử trên điện thoại của mình. {task}</translation>
    </message>
</context>
<context>
    <name>CameraScanPage</name>
    <message>
        <source>Hold the QR code on the card in the frame</source>
        <translation>Đưa mã QR trên thẻ vào khung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No camera was found. Use the scanner or type the name.</source>
        <translation>Không tìm thấy camera. Hãy dùng máy quét hoặc gõ tên.</translation>
    </message>
    <message>
        <source>The camera did not start. Use the scanner or type the name.</source>
        <translation>Camera không mở được. Hãy dùng máy quét hoặc gõ tên.</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <source>The cards could not be made.</source>
        <translation>Không làm được thẻ.</translation>
    </message>
    <message>
        <source>Printing {count} learner cards…</source>
        <translation>Đang in {count} thẻ học viên…</translation>
    </message>
    <message>
        <source>The learner cards are printing.</source>
        <translation>Thẻ học viên đang được in.</translation>
    </message>
    <message>
        <source>Not printed: the cards are saved in the kiosk&apos;s folder to print later.</source>
        <translation>Chưa in được: thẻ đã lưu trong máy để in sau.</translation>
    </message>
</context>
<context>
    <name>ChannelsScreen</name>
    <message>
        <source>Open your phone&apos;s camera and point it at this code. Then touch the number that appears to call.</source>
        <translation>Bác mở máy ảnh của điện thoại, hướng vào mã này. Rồi bác chạm vào số điện thoại hiện ra để gọi.</translation>
    </message>
    <message>
        <source>Point the phone&apos;s camera at this code, and touch the words that appear to get the app.</source>
        <translation>Bác mở máy ảnh, hướng vào mã này, rồi chạm dòng chữ hiện ra để tải ứng dụng.</translation>
    </message>
    <message>
        <source>Open Zalo and touch the QR button at the top. Point the camera at this code, then touch Follow.</source>
        <translation>Bác mở Zalo, chạm vào nút quét mã QR ở phía trên. Rồi bác hướng máy ảnh vào mã này, và chạm Quan tâm.</translation>
    </message>
    <message>
        <source>Open Zalo or your phone&apos;s camera and point it at this code. Then touch the link that appears.</source>
        <translation>Bác mở máy ảnh của điện thoại hoặc Zalo, hướng vào mã này. Rồi bác chạm vào dòng chữ hiện ra.</translation>
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
        <translation>Chưa có kênh nào. Bác nhờ người hướng dẫn giúp nhé.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Please type your full name on the keyboard, then touch Next.</source>
        <translation>Bác gõ họ và tên trên bàn phím, rồi chạm Tiếp theo.</translation>
    </message>
    <message>
        <source>Please type the year you were born, for example 1950.</source>
        <translation>Bác gõ năm sinh, ví dụ 1950.</translation>
    </message>
    <message>
        <source>Please touch the residential group where you live.</source>
        <translation>Bác chạm vào tổ dân phố nơi bác ở.</translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation>Chào mừng bác {name} quay lại!</translation>
    </message>
    <message>
        <source>This lesson has been added to your name.</source>
        <translation>Bài học này đã được ghi thêm cho bác.</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>Đã ghi tên.</translation>
    </message>
    <message>
        <source>You are signed in. Thank you!</source>
        <translation>Bác đã ghi tên. Cảm ơn bác ạ!</translation>
    </message>
    <message>
        <source>Is this your name? If it is, touch Next.</source>
        <translation>Đây có phải tên bác không? Nếu đúng, bác chạm Tiếp theo.</translation>
    </message>
    <message>
        <source>Welcome back! This lesson has been added to your name.</source>
        <translation>Chào mừng bác quay lại! Bài học này đã được ghi vào tên bác.</translation>
    </message>
    <message>
        <source>First touch I agree, then scan your card.</source>
        <translation>Bác chạm Đồng ý trước, rồi quét thẻ.</translation>
    </message>
    <message>
        <source>Please scan your citizen ID card here, or type your name.</source>
        <translation>Bác quét thẻ căn cước ở đây, hoặc gõ tên.</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Cảm ơn bác {name} ạ!</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Họ và tên của bác</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ghi tên</translation>
    </message>
    <message>
        <source>Please type your full name.</source>
        <translation>Bác gõ họ và tên của mình.</translation>
    </message>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Bước {n} / {total}</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Nghe lại</translation>
    </message>
    <message>
        <source>What year were you born?</source>
        <translation>Bác sinh năm nào?</translation>
    </message>
    <message>
        <source>Four digits, for example 1950.</source>
        <translation>Bốn chữ số, ví dụ 1950.</translation>
    </message>
    <message>
        <source>Which residential group do you live in?</source>
        <translation>Bác ở tổ dân phố nào?</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Đây có phải bác không?</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Sinh năm {year}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Quét thẻ</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>Tổ khác</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Học bài khác</translation>
    </message>
</context>
<context>
    <name>ClassStartPage</name>
    <message>
        <source>Teach</source>
        <translation>Bắt đầu dạy</translation>
    </message>
    <message>
        <source>Teach {count} lessons</source>
        <translation>Dạy {count} bài</translation>
    </message>
    <message>
        <source>Teach a class</source>
        <translation>Dạy lớp</translation>
    </message>
    <message>
        <source>Touch the lessons to teach, in order.</source>
        <translation>Chạm các bài sẽ dạy, theo thứ tự.</translation>
    </message>
</context>
<context>
    <name>ClockCheckPage</name>
    <message>
        <source>This date is before the kiosk program existed.</source>
        <translation>Ngày này còn trước khi có phần mềm kiosk.</translation>
    </message>
    <message>
        <source>The kiosk cannot read when it was last on.</source>
        <translation>Máy không đọc được lần trước chạy là khi nào.</translation>
    </message>
    <message>
        <source>The kiosk was last on {date}, {days} days before: longer than it has ever been switched off.</source>
        <translation>Lần trước máy chạy là ngày {date}, cách đây {days} ngày: lâu hơn mọi lần tắt máy trước đây.</translation>
    </message>
    <message>
        <source>The kiosk has already been on until {date}, later than this.</source>
        <translation>Máy đã từng chạy đến ngày {date}, muộn hơn ngày này.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ của máy</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>{count} records made while the clock looked wrong are kept and marked.</source>
        <translation>{count} bản ghi ghi lúc đồng hồ có vẻ sai vẫn được giữ và được đánh dấu.</translation>
    </message>
    <message>
        <source>The date is confirmed.</source>
        <translation>Đã xác nhận ngày.</translation>
    </message>
    <message>
        <source>People with no activity for {months} months were anonymised: {count}.</source>
        <translation>Đã ẩn danh {count} người không có hoạt động nào trong {months} tháng qua.</translation>
    </message>
    <message>
        <source>Nothing was anonymised.</source>
        <translation>Máy chưa ẩn danh ai.</translation>
    </message>
    <message>
        <source>Please ask whoever looks after the computer to set its date and time, then start the kiosk again. What is recorded meanwhile is kept and marked.</source>
        <translation>Xin nhờ người lo máy tính chỉnh lại ngày giờ của máy, rồi mở lại kiosk. Những gì ghi trong lúc này vẫn được giữ và được đánh dấu.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock looks wrong: is today {date}?</source>
        <translation>Đồng hồ máy có vẻ sai: hôm nay là {date}?</translation>
    </message>
    <message>
        <source>Until you confirm the date, no one&apos;s data is anonymised.</source>
        <translation>Khi chưa xác nhận ngày, máy không ẩn danh dữ liệu của ai.</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Printing is not set up on this kiosk.</source>
        <translation>Máy này chưa cài máy in.</translation>
    </message>
    <message>
        <source>Preparing {count} handouts…</source>
        <translation>Đang chuẩn bị {count} tờ hướng dẫn…</translation>
    </message>
    <message>
        <source>Printing. Take the handouts from the printer.</source>
        <translation>Đang in. Lấy tờ hướng dẫn ở máy in.</translation>
    </message>
    <message>
        <source>Not printed ({reason}). The handouts are kept in {path}</source>
        <translation>Chưa in được ({reason}). Tờ hướng dẫn được lưu ở {path}</translation>
    </message>
    <message>
        <source>The second screen ({size}) is too small for the hall: the lesson stays here.</source>
        <translation>Màn hình thứ hai ({size}) quá nhỏ để cả lớp xem: bài học vẫn hiện ở đây.</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Bước này chưa có ghi chú.</translation>
    </message>
    <message>
        <source>Lesson {k}/{n} · Step {i}/{total}</source>
        <translation>Bài {k}/{n} · Bước {i}/{total}</translation>
    </message>
    <message>
        <source>Last step of the class</source>
        <translation>Bước cuối của buổi dạy</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Tiếp theo: {title}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>Reading: {sentence}</source>
        <translation>Đang đọc: {sentence}</translation>
    </message>
    <message>
        <source>Not reading now</source>
        <translation>Máy đang không đọc</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Đọc tiếp</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Hide spot</source>
        <translation>Ẩn vòng</translation>
    </message>
    <message>
        <source>Touch spot</source>
        <translation>Chỗ chạm</translation>
    </message>
    <message>
        <source>Show TV</source>
        <translation>Bật TV</translation>
    </message>
    <message>
        <source>Blank TV</source>
        <translation>Tắt TV</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Sure? {count}</source>
        <translation>In {count} bản?</translation>
    </message>
    <message>
        <source>Print {count}</source>
        <translation>In {count} tờ</translation>
    </message>
    <message>
        <source>{minutes} min in class · {count} present</source>
        <translation>Đã dạy {minutes} phút · {count} người có mặt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Bài sau</translation>
    </message>
    <message>
        <source>End class</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Bớt một</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm một</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>The session has started. Type the first name.</source>
        <translation>Đã bắt đầu buổi. Gõ tên người đầu tiên.</translation>
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
        <source>Scan this code with your phone to get the app.</source>
        <translation>Bác dùng điện thoại quét mã này để tải ứng dụng.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to call.</source>
        <translation>Bác dùng điện thoại quét mã này để gọi.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the page.</source>
        <translation>Bác dùng điện thoại quét mã này để mở trang.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đã ghi tên</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ghi tên</translation>
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
        <translation>Bác dùng máy ảnh của điện thoại hoặc Zalo để quét mã.</translation>
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
        <translation>Chưa có bài học nào. Bác nhờ người hướng dẫn thêm bài học nhé.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still learning?</source>
        <translation>Bác còn đang học không ạ?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Tôi vẫn đang học</translation>
    </message>
    <message>
        <source>Going back to the start in {seconds} seconds</source>
        <translation>Còn {seconds} giây nữa, máy sẽ quay về màn hình đầu</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Printing is not set up here. Please ask the facilitator.</source>
        <translation>Máy này chưa in được. Bác nhờ người hướng dẫn giúp nhé.</translation>
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
        <translation>Máy in chưa sẵn sàng. Tờ hướng dẫn đã được lưu lại, bác nhờ người hướng dẫn in giúp nhé.</translation>
    </message>
</context>
<context>
    <name>LearnerCard</name>
    <message>
        <source>Learner card — Cultural house of %1</source>
        <translation>Thẻ học viên — Nhà văn hóa %1</translation>
    </message>
    <message>
        <source>Learner card</source>
        <translation>Thẻ học viên</translation>
    </message>
    <message>
        <source>Learner cards (%1)</source>
        <translation>Thẻ học viên (%1)</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <source>No reading voice: please read the text.</source>
        <translation>Máy không đọc được lúc này. Bác đọc chữ trên màn hình nhé.</translation>
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
        <source>Well done! That is the right place.</source>
        <translation>Đúng rồi ạ! Bác làm tốt lắm.</translation>
    </message>
    <message>
        <source>Very good! You found it.</source>
        <translation>Đúng rồi ạ! Bác tìm đúng chỗ rồi.</translation>
    </message>
    <message>
        <source>That&apos;s right! You did it well.</source>
        <translation>Đúng rồi ạ! Bác làm rất tốt.</translation>
    </message>
    <message>
        <source>You have already done this one. Touch Next to go on.</source>
        <translation>Bác đã làm bước này rồi. Bác chạm Tiếp theo nhé.</translation>
    </message>
    <message>
        <source>Not quite. Let&apos;s try again. {prompt}</source>
        <translation>Chưa đúng chỗ, bác thử lại nhé. {prompt}</translation>
    </message>
    <message>
        <source>First, try it on the picture. {prompt}</source>
        <translation>Bác thử chạm trên hình trước nhé. {prompt}</translation>
    </message>
    <message>
        <source>Look for the circle on the picture, and touch inside it. Or touch Next to go on.</source>
        <translation>Bác chạm vào trong vòng tròn trên hình, hoặc chạm Tiếp theo.</translation>
    </message>
    <message>
        <source>Try it: {prompt}</source>
        <translation>Thử làm: {prompt}</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Record support</source>
        <translation>Ghi hỗ trợ</translation>
    </message>
    <message>
        <source>Find a person first</source>
        <translation>Tìm người, rồi ghi việc đã giúp</translation>
    </message>
    <message>
        <source>Teach a class</source>
        <translation>Dạy lớp</translation>
    </message>
    <message>
        <source>The lesson on the TV</source>
        <translation>Bài học trên màn hình TV</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Danh sách người</translation>
    </message>
    <message>
        <source>Everyone recorded here</source>
        <translation>Mọi người đã ghi ở máy này</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Figures for the commune</source>
        <translation>Số liệu gửi xã, phường</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Names, groups, waiting time</source>
        <translation>Tên, tổ dân phố, thời gian chờ</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Tắt chương trình</translation>
    </message>
    <message>
        <source>Asks once more</source>
        <translation>Sẽ hỏi lại một lần</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Bắt đầu buổi</translation>
    </message>
    <message>
        <source>Lesson, help desk…</source>
        <translation>Lớp học, bàn hỗ trợ…</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} người</translation>
    </message>
    <message>
        <source>Attendance, end session</source>
        <translation>Điểm danh, kết thúc buổi</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Thêm người vào buổi</translation>
    </message>
    <message>
        <source>Search, or a new person</source>
        <translation>Tìm tên, hoặc thêm người mới</translation>
    </message>
    <message>
        <source>No commune name yet: see Settings</source>
        <translation>Chưa có tên xã/phường: xem Cài đặt</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Người hướng dẫn</translation>
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
    <name>NumberPad</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
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
    <name>PanelBar</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
</context>
<context>
    <name>PeopleListPage</name>
    <message>
        <source>People</source>
        <translation>Danh sách người</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Tìm theo tên</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Type part of the name (no accents needed), then Done.</source>
        <translation>Gõ một phần của tên (không cần dấu), rồi chạm Xong.</translation>
    </message>
    <message>
        <source>Names with &quot;{query}&quot;</source>
        <translation>Tên có “{query}”</translation>
    </message>
    <message>
        <source>Nobody with that name.</source>
        <translation>Không có ai tên như vậy.</translation>
    </message>
    <message>
        <source>{count} people recorded</source>
        <translation>Đã ghi {count} người</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Chưa ghi tên ai.</translation>
    </message>
</context>
<context>
    <name>PersonNewPage</name>
    <message>
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <source>Type the full name, then touch Done.</source>
        <translation>Gõ họ và tên, rồi chạm Xong.</translation>
    </message>
    <message>
        <source>Correct the name</source>
        <translation>Sửa tên</translation>
    </message>
    <message>
        <source>Birth year (4 digits):</source>
        <translation>Năm sinh (4 chữ số):</translation>
    </message>
    <message>
        <source>Gender, if you wish:</source>
        <translation>Giới tính (nếu muốn):</translation>
    </message>
    <message>
        <source>Touch the residential group to save.</source>
        <translation>Chạm vào tổ dân phố để lưu.</translation>
    </message>
    <message>
        <source>Save, no group</source>
        <translation>Lưu, không có tổ</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>Enter the facilitator&apos;s PIN</source>
        <translation>Nhập mã PIN của người hướng dẫn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Not the facilitator? Please touch Cancel.</source>
        <translation>Nếu không phải người hướng dẫn, xin chạm Hủy.</translation>
    </message>
    <message>
        <source>The PIN cannot be used</source>
        <translation>Không dùng được mã PIN</translation>
    </message>
    <message>
        <source>The PIN is damaged or missing. Set a new one with the command kiosk pin set.</source>
        <translation>Mã PIN bị hỏng hoặc bị mất. Hãy đặt mã mới bằng lệnh kiosk pin set.</translation>
    </message>
    <message>
        <source>Enter the recovery code</source>
        <translation>Nhập mã khôi phục</translation>
    </message>
    <message>
        <source>The PIN is damaged or missing. Use the recovery code or the command kiosk pin set.</source>
        <translation>Mã PIN bị hỏng hoặc bị mất. Dùng mã khôi phục hoặc lệnh kiosk pin set.</translation>
    </message>
    <message>
        <source>The 12 digits written down when the PIN was chosen.</source>
        <translation>12 chữ số đã ghi lại khi đặt mã PIN.</translation>
    </message>
    <message>
        <source>Six digits. Not the facilitator? Please touch Cancel.</source>
        <translation>Mã gồm 6 chữ số. Nếu không phải người hướng dẫn, xin chạm Hủy.</translation>
    </message>
    <message>
        <source>Back to the PIN</source>
        <translation>Quay lại nhập mã PIN</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Quên mã PIN?</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait {seconds} seconds, then try again.</source>
        <translation>Sai quá nhiều lần. Xin chờ {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <source>Wrong recovery code. {n} tries left.</source>
        <translation>Sai mã khôi phục. Còn {n} lần thử.</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left.</source>
        <translation>Sai mã PIN. Còn {n} lần thử.</translation>
    </message>
</context>
<context>
    <name>PinSetupScreen</name>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Bước {n} / {total}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Tôi đã ghi lại</translation>
    </message>
    <message>
        <source>Setting up the kiosk</source>
        <translation>Cài đặt kiosk</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <source>Enter the same six digits again</source>
        <translation>Nhập lại đúng 6 chữ số đó</translation>
    </message>
    <message>
        <source>Choose a six-digit PIN for the facilitator</source>
        <translation>Chọn mã PIN gồm 6 chữ số cho người hướng dẫn</translation>
    </message>
    <message>
        <source>Choose a new six-digit PIN</source>
        <translation>Chọn mã PIN mới gồm 6 chữ số</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please ask for technical help.</source>
        <translation>Không lưu được mã PIN. Xin nhờ người hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please start again.</source>
        <translation>Hai lần nhập không giống nhau. Xin nhập lại từ đầu.</translation>
    </message>
    <message>
        <source>Only facilitators should know it. The kiosk is not set up yet: not the facilitator? Please ask them.</source>
        <translation>Chỉ người hướng dẫn được biết mã này. Máy chưa cài đặt xong, xin báo người hướng dẫn.</translation>
    </message>
    <message>
        <source>Only facilitators should know it. It opens facilitator mode and closes the kiosk.</source>
        <translation>Chỉ người hướng dẫn được biết mã này. Mã dùng để mở phần người hướng dẫn và để tắt kiosk.</translation>
    </message>
    <message>
        <source>It is shown only once. If the PIN is lost or damaged, touch &apos;Forgot the PIN?&apos; on the PIN pad and type this code. Keep the paper safe, away from the kiosk.</source>
        <translation>Mã chỉ hiện một lần. Khi quên mã PIN hoặc mã PIN bị hỏng, chạm &apos;Quên mã PIN?&apos; ở ô nhập mã PIN rồi nhập mã này. Cất giấy ở nơi an toàn, xa máy.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Write down this recovery code</source>
        <translation>Hãy ghi lại mã khôi phục này</translation>
    </message>
</context>
<context>
    <name>QuitConfirmPage</name>
    <message>
        <source>Close the kiosk</source>
        <translation>Tắt chương trình</translation>
    </message>
    <message>
        <source>Close the kiosk program?</source>
        <translation>Tắt chương trình kiosk?</translation>
    </message>
    <message>
        <source>All records are kept. Residents cannot use the kiosk until it starts again.</source>
        <translation>Mọi dữ liệu đã ghi vẫn được giữ. Người dân không dùng được máy cho đến khi mở lại.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Không tắt</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Tắt chương trình</translation>
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
    <name>ReportFiles</name>
    <message>
        <source>CSV spreadsheet</source>
        <translation>bảng tính CSV</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>bảng tính Excel</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>báo cáo PDF</translation>
    </message>
    <message>
        <source>This kiosk cannot save this kind of file yet: {what}.</source>
        <translation>Máy này chưa lưu được loại tệp này: {what}.</translation>
    </message>
    <message>
        <source>The {what} could not be saved. Is the USB stick full or locked? Try again, or tell the person who looks after the kiosk.</source>
        <translation>Chưa lưu được {what}. USB có bị đầy hoặc bị khóa không? Xin thử lại, hoặc báo người phụ trách máy.</translation>
    </message>
    <message>
        <source>The {what} could not be saved on the kiosk. Try again, or tell the person who looks after the kiosk.</source>
        <translation>Chưa lưu được {what} vào máy. Xin thử lại, hoặc báo người phụ trách máy.</translation>
    </message>
    <message>
        <source>The printer did not take the report. It is saved in the kiosk&apos;s reports folder.</source>
        <translation>Máy in chưa nhận báo cáo. Báo cáo đã được lưu vào thư mục báo cáo của máy.</translation>
    </message>
    <message>
        <source>Sent to the printer. A copy is saved in the kiosk&apos;s reports folder.</source>
        <translation>Đã gửi sang máy in. Một bản được lưu vào thư mục báo cáo của máy.</translation>
    </message>
    <message>
        <source>The {what} is saved on the USB stick {stick}, as {name}.</source>
        <translation>Đã lưu {what} vào USB {stick}, tên tệp {name}.</translation>
    </message>
    <message>
        <source>The {what} is saved in the kiosk&apos;s reports folder. Plug in a USB stick to copy it there.</source>
        <translation>Đã lưu {what} vào thư mục báo cáo của máy. Cắm USB để chép sang.</translation>
    </message>
    <message>
        <source>Could not copy to the USB stick {stick}. Is it full or locked? Try again.</source>
        <translation>Chưa chép được sang USB {stick}. USB có bị đầy hoặc bị khóa không? Xin thử lại.</translation>
    </message>
    <message>
        <source>Copied to the USB stick {stick}. Files copied: {n}. You can take the stick out now.</source>
        <translation>Đã chép {n} tệp sang USB {stick}. Giờ có thể rút USB ra.</translation>
    </message>
    <message>
        <source>Copying to the USB stick…</source>
        <translation>Đang chép sang USB…</translation>
    </message>
    <message>
        <source>Copy to USB</source>
        <translation>Chép sang USB</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The last day is before the first. Change one.</source>
        <translation>Ngày cuối đang trước ngày đầu. Xin sửa lại một ngày.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <source>The figures could not be counted. Try again, or tell the person in charge.</source>
        <translation>Chưa tính được số liệu. Xin thử lại, hoặc báo người phụ trách máy.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Chưa có gì được ghi trong khoảng này.</translation>
    </message>
    <message>
        <source>Report {range}</source>
        <translation>Báo cáo {range}</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>Choose the dates</source>
        <translation>Chọn ngày</translation>
    </message>
    <message>
        <source>From one day to another</source>
        <translation>Từ ngày nào đến ngày nào</translation>
    </message>
    <message>
        <source>Report for the commune</source>
        <translation>Báo cáo gửi xã, phường</translation>
    </message>
    <message>
        <source>Which period?</source>
        <translation>Báo cáo khoảng thời gian nào?</translation>
    </message>
    <message>
        <source>Show the figures</source>
        <translation>Xem số liệu</translation>
    </message>
    <message>
        <source>Back to the figures</source>
        <translation>Xem lại số liệu</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Bảng tính CSV</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Bảng tính Excel</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Báo cáo PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In báo cáo</translation>
    </message>
</context>
<context>
    <name>ScannedView</name>
    <message>
        <source>Start a session first: then scan the cards.</source>
        <translation>Hãy bắt đầu buổi trước, rồi quét thẻ.</translation>
    </message>
    <message>
        <source>Card read. Looking in the records…</source>
        <translation>Đã đọc thẻ. Đang tìm trong sổ…</translation>
    </message>
    <message>
        <source>Found. Not present yet: touch Present.</source>
        <translation>Đã tìm thấy. Chưa có mặt: chạm Có mặt.</translation>
    </message>
    <message>
        <source>Already present. Nothing more to do.</source>
        <translation>Đã có mặt rồi. Không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>✓ Present.</source>
        <translation>✓ Có mặt.</translation>
    </message>
    <message>
        <source>New person: touch their group.</source>
        <translation>Người mới: chạm tổ dân phố.</translation>
    </message>
    <message>
        <source>New person: touch Present.</source>
        <translation>Người mới: chạm Có mặt.</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Sinh năm {year}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Quét thẻ</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Danh sách có mặt</translation>
    </message>
    <message>
        <source>Gender, if they wish:</source>
        <translation>Giới tính, nếu muốn:</translation>
    </message>
    <message>
        <source>Touch the residential group to save.</source>
        <translation>Chạm tổ dân phố để lưu.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nobody called &quot;{name}&quot; yet. Touch New person to add them.</source>
        <translation>Chưa có ai tên “{name}”. Chạm “Người mới” để thêm.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>{count} present.</source>
        <translation>Đã có {count} người.</translation>
    </message>
    <message>
        <source>Added: {who}.</source>
        <translation>Đã thêm: {who}.</translation>
    </message>
    <message>
        <source>{who} was already here.</source>
        <translation>{who} đã có trong buổi.</translation>
    </message>
    <message>
        <source>Type the next name.</source>
        <translation>Gõ tên người tiếp theo.</translation>
    </message>
    <message>
        <source>Type a name; no accents needed. Touch a name to add it.</source>
        <translation>Gõ tên, không cần dấu. Chạm vào tên để thêm vào buổi.</translation>
    </message>
    <message>
        <source>Type a name; no accents needed. Touch a name to record support.</source>
        <translation>Gõ tên, không cần dấu. Chạm vào tên để ghi hỗ trợ.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <source>Add people to the session</source>
        <translation>Thêm người vào buổi</translation>
    </message>
    <message>
        <source>Find a person to record support</source>
        <translation>Tìm người để ghi hỗ trợ</translation>
    </message>
</context>
<context>
    <name>SessionStartPage</name>
    <message>
        <source>New session</source>
        <translation>Buổi mới</translation>
    </message>
    <message>
        <source>Next ({count} lessons)</source>
        <translation>Tiếp ({count} bài)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Type the place, then touch Done.</source>
        <translation>Gõ tên nơi, rồi chạm Xong.</translation>
    </message>
    <message>
        <source>Your name (you may leave it empty), then touch Done to start.</source>
        <translation>Tên người hướng dẫn (có thể để trống), rồi chạm Xong để bắt đầu.</translation>
    </message>
    <message>
        <source>What kind of session?</source>
        <translation>Chọn loại buổi:</translation>
    </message>
    <message>
        <source>Where? Touch a residential group.</source>
        <translation>Ở đâu? Chạm vào tổ dân phố.</translation>
    </message>
    <message>
        <source>Another place</source>
        <translation>Nơi khác</translation>
    </message>
    <message>
        <source>Lessons taught (optional): touch each one.</source>
        <translation>Bài học trong buổi (không bắt buộc): chạm từng bài.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>That group is already on the list.</source>
        <translation>Tổ này đã có trong danh sách.</translation>
    </message>
    <message>
        <source>No more groups can be added (60 at most).</source>
        <translation>Không thêm được nữa (tối đa 60 tổ).</translation>
    </message>
    <message>
        <source>Could not save ({error}).</source>
        <translation>Chưa lưu được ({error}).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Vietnamese voice: {name}</source>
        <translation>Giọng đọc tiếng Việt: {name}</translation>
    </message>
    <message>
        <source>No Vietnamese voice: lessons are shown as text only.</source>
        <translation>Không có giọng đọc tiếng Việt: bài học chỉ hiện chữ.</translation>
    </message>
    <message>
        <source>English voice: {name}</source>
        <translation>Giọng đọc tiếng Anh: {name}</translation>
    </message>
    <message>
        <source>No English voice: English lessons are shown as text only.</source>
        <translation>Không có giọng đọc tiếng Anh: bài tiếng Anh chỉ hiện chữ.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} giây</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} phút {seconds} giây</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Commune name</source>
        <translation>Tên xã/phường</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation>Tên máy</translation>
    </message>
    <message>
        <source>Residential groups: {count}</source>
        <translation>Tổ dân phố: {count} tổ</translation>
    </message>
    <message>
        <source>Back to start after: {time}</source>
        <translation>Về màn hình đầu sau: {time}</translation>
    </message>
    <message>
        <source>Start after: {time}</source>
        <translation>Về đầu sau: {time}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <source>New residential group</source>
        <translation>Tổ dân phố mới</translation>
    </message>
    <message>
        <source>{field}: type it, then touch Done.</source>
        <translation>{field}: gõ vào, rồi chạm Xong.</translation>
    </message>
    <message>
        <source>Residential groups</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Thêm tổ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>No groups yet. Touch Add a group.</source>
        <translation>Chưa có tổ nào. Chạm “Thêm tổ”.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>A learner card needs an open session. Use Add people.</source>
        <translation>Thẻ học viên cần một buổi đang mở. Hãy chạm “Thêm người”.</translation>
    </message>
    <message>
        <source>The camera cannot be used here. Use the scanner, or Add people.</source>
        <translation>Không dùng được camera ở đây. Hãy dùng máy quét, hoặc chạm “Thêm người”.</translation>
    </message>
    <message>
        <source>Recorded: {support}.</source>
        <translation>Đã ghi: {support}.</translation>
    </message>
    <message>
        <source>Support: {person}</source>
        <translation>Hỗ trợ: {person}</translation>
    </message>
    <message>
        <source>Touch once for each kind of help given.</source>
        <translation>Mỗi việc đã giúp, chạm một lần.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Quét thẻ</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
</context>
<context>
    <name>UndoButton</name>
    <message>
        <source>Undone: {name} is no longer in this session.</source>
        <translation>Đã hoàn tác: bỏ {name} khỏi buổi.</translation>
    </message>
    <message>
        <source>Undone: {support} for {name}.</source>
        <translation>Đã hoàn tác: {support} cho {name}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
</context>
<context>
    <name>VietKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
</TS>

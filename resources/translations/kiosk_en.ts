<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AttendancePage</name>
    <message>
        <source>{count} present</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <source>Attendance: {session}</source>
        <translation>Attendance: {session}</translation>
    </message>
    <message>
        <source>{count} present. An ended session cannot be opened again.</source>
        <translation>{count} present. An ended session cannot be opened again.</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Add people</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Card scanned</source>
        <translation>Card scanned</translation>
    </message>
    <message>
        <source>The camera cannot be used here. Use the scanner, or Add people.</source>
        <translation>The camera cannot be used here. Use the scanner, or Add people.</translation>
    </message>
    <message>
        <source>Nobody is present yet: no cards to print.</source>
        <translation>Nobody is present yet: no cards to print.</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Scan card</translation>
    </message>
    <message>
        <source>Print learner cards</source>
        <translation>Print learner cards</translation>
    </message>
    <message>
        <source>Nobody yet. Scan a citizen ID card or a learner card, or touch Add people.</source>
        <translation>Nobody yet. Scan a citizen ID card or a learner card, or touch Add people.</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation>End this session?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>✓ 2 on a card: 2 kinds of help recorded for that person in this session.</source>
        <translation>✓ 2 on a card: 2 kinds of help recorded for that person in this session.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>The session has ended.</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Back to the menu</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation>Present: {count}</translation>
    </message>
    <message>
        <source>Here for the first time: {count}</source>
        <translation>Here for the first time: {count}</translation>
    </message>
    <message>
        <source>Given support: {count}</source>
        <translation>Given support: {count}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Digital skills for everyone</source>
        <translation>Digital skills for everyone</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Step {n} / {total}</translation>
    </message>
    <message>
        <source>Everyone, try it on your own phone: {task}</source>
        <translation>Everyone, try it on your own phone: {task}</translation>
    </message>
    <message>
        <source>Everyone, try it on your own phone. {task}</source>
        <translation>Everyone, try it on your own phone. {task}</translation>
    </message>
</context>
<context>
    <name>CameraScanPage</name>
    <message>
        <source>Hold the QR code on the card in the frame</source>
        <translation>Hold the QR code on the card in the frame</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No camera was found. Use the scanner or type the name.</source>
        <translation>No camera was found. Use the scanner or type the name.</translation>
    </message>
    <message>
        <source>The camera did not start. Use the scanner or type the name.</source>
        <translation>The camera did not start. Use the scanner or type the name.</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <source>The cards could not be made.</source>
        <translation>The cards could not be made.</translation>
    </message>
    <message>
        <source>Printing {count} learner cards…</source>
        <translation>Printing {count} learner cards…</translation>
    </message>
    <message>
        <source>The learner cards are printing.</source>
        <translation>The learner cards are printing.</translation>
    </message>
    <message>
        <source>Not printed: the cards are saved in the kiosk&apos;s folder to print later.</source>
        <translation>Not printed: the cards are saved in the kiosk&apos;s folder to print later.</translation>
    </message>
</context>
<context>
    <name>ChannelsScreen</name>
    <message>
        <source>Open your phone&apos;s camera and point it at this code. Then touch the number that appears to call.</source>
        <translation>Open your phone&apos;s camera and point it at this code. Then touch the number that appears to call.</translation>
    </message>
    <message>
        <source>Point the phone&apos;s camera at this code, and touch the words that appear to get the app.</source>
        <translation>Point the phone&apos;s camera at this code, and touch the words that appear to get the app.</translation>
    </message>
    <message>
        <source>Open Zalo and touch the QR button at the top. Point the camera at this code, then touch Follow.</source>
        <translation>Open Zalo and touch the QR button at the top. Point the camera at this code, then touch Follow.</translation>
    </message>
    <message>
        <source>Open Zalo or your phone&apos;s camera and point it at this code. Then touch the link that appears.</source>
        <translation>Open Zalo or your phone&apos;s camera and point it at this code. Then touch the link that appears.</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Official channels</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>No channels yet. Please ask the facilitator.</source>
        <translation>No channels yet. Please ask the facilitator.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Please type your full name on the keyboard, then touch Next.</source>
        <translation>Please type your full name on the keyboard, then touch Next.</translation>
    </message>
    <message>
        <source>Please type the year you were born, for example 1950.</source>
        <translation>Please type the year you were born, for example 1950.</translation>
    </message>
    <message>
        <source>Please touch the residential group where you live.</source>
        <translation>Please touch the residential group where you live.</translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation>Welcome back, {name}!</translation>
    </message>
    <message>
        <source>This lesson has been added to your name.</source>
        <translation>This lesson has been added to your name.</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>You are signed in.</translation>
    </message>
    <message>
        <source>You are signed in. Thank you!</source>
        <translation>You are signed in. Thank you!</translation>
    </message>
    <message>
        <source>Is this your name? If it is, touch Next.</source>
        <translation>Is this your name? If it is, touch Next.</translation>
    </message>
    <message>
        <source>Welcome back! This lesson has been added to your name.</source>
        <translation>Welcome back! This lesson has been added to your name.</translation>
    </message>
    <message>
        <source>First touch I agree, then scan your card.</source>
        <translation>First touch I agree, then scan your card.</translation>
    </message>
    <message>
        <source>Please scan your citizen ID card here, or type your name.</source>
        <translation>Please scan your citizen ID card here, or type your name.</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Thank you, {name}!</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Please type your full name.</source>
        <translation>Please type your full name.</translation>
    </message>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Step {n} / {total}</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Listen again</translation>
    </message>
    <message>
        <source>What year were you born?</source>
        <translation>What year were you born?</translation>
    </message>
    <message>
        <source>Four digits, for example 1950.</source>
        <translation>Four digits, for example 1950.</translation>
    </message>
    <message>
        <source>Which residential group do you live in?</source>
        <translation>Which residential group do you live in?</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Born {year}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Scan card</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>Other group</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Another lesson</translation>
    </message>
</context>
<context>
    <name>ClassStartPage</name>
    <message>
        <source>Teach</source>
        <translation>Teach</translation>
    </message>
    <message>
        <source>Teach {count} lessons</source>
        <translation>Teach {count} lessons</translation>
    </message>
    <message>
        <source>Teach a class</source>
        <translation>Teach a class</translation>
    </message>
    <message>
        <source>Touch the lessons to teach, in order.</source>
        <translation>Touch the lessons to teach, in order.</translation>
    </message>
</context>
<context>
    <name>ClockCheckPage</name>
    <message>
        <source>This date is before the kiosk program existed.</source>
        <translation>This date is before the kiosk program existed.</translation>
    </message>
    <message>
        <source>The kiosk cannot read when it was last on.</source>
        <translation>The kiosk cannot read when it was last on.</translation>
    </message>
    <message>
        <source>The kiosk was last on {date}, {days} days before: longer than it has ever been switched off.</source>
        <translation>The kiosk was last on {date}, {days} days before: longer than it has ever been switched off.</translation>
    </message>
    <message>
        <source>The kiosk has already been on until {date}, later than this.</source>
        <translation>The kiosk has already been on until {date}, later than this.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>{count} records made while the clock looked wrong are kept and marked.</source>
        <translation>{count} records made while the clock looked wrong are kept and marked.</translation>
    </message>
    <message>
        <source>The date is confirmed.</source>
        <translation>The date is confirmed.</translation>
    </message>
    <message>
        <source>People with no activity for {months} months were anonymised: {count}.</source>
        <translation>People with no activity for {months} months were anonymised: {count}.</translation>
    </message>
    <message>
        <source>Nothing was anonymised.</source>
        <translation>Nothing was anonymised.</translation>
    </message>
    <message>
        <source>Please ask whoever looks after the computer to set its date and time, then start the kiosk again. What is recorded meanwhile is kept and marked.</source>
        <translation>Please ask whoever looks after the computer to set its date and time, then start the kiosk again. What is recorded meanwhile is kept and marked.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock looks wrong: is today {date}?</source>
        <translation>The computer&apos;s clock looks wrong: is today {date}?</translation>
    </message>
    <message>
        <source>Until you confirm the date, no one&apos;s data is anonymised.</source>
        <translation>Until you confirm the date, no one&apos;s data is anonymised.</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Printing is not set up on this kiosk.</source>
        <translation>Printing is not set up on this kiosk.</translation>
    </message>
    <message>
        <source>Preparing {count} handouts…</source>
        <translation>Preparing {count} handouts…</translation>
    </message>
    <message>
        <source>Printing. Take the handouts from the printer.</source>
        <translation>Printing. Take the handouts from the printer.</translation>
    </message>
    <message>
        <source>Not printed ({reason}). The handouts are kept in {path}</source>
        <translation>Not printed ({reason}). The handouts are kept in {path}</translation>
    </message>
    <message>
        <source>The second screen ({size}) is too small for the hall: the lesson stays here.</source>
        <translation>The second screen ({size}) is too small for the hall: the lesson stays here.</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>No notes for this step.</translation>
    </message>
    <message>
        <source>Lesson {k}/{n} · Step {i}/{total}</source>
        <translation>Lesson {k}/{n} · Step {i}/{total}</translation>
    </message>
    <message>
        <source>Last step of the class</source>
        <translation>Last step of the class</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Next: {title}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Reading: {sentence}</source>
        <translation>Reading: {sentence}</translation>
    </message>
    <message>
        <source>Not reading now</source>
        <translation>Not reading now</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Go on</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hide spot</source>
        <translation>Hide spot</translation>
    </message>
    <message>
        <source>Touch spot</source>
        <translation>Touch spot</translation>
    </message>
    <message>
        <source>Show TV</source>
        <translation>Show TV</translation>
    </message>
    <message>
        <source>Blank TV</source>
        <translation>Blank TV</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Sure? {count}</source>
        <translation>Sure? {count}</translation>
    </message>
    <message>
        <source>Print {count}</source>
        <translation>Print {count}</translation>
    </message>
    <message>
        <source>{minutes} min in class · {count} present</source>
        <translation>{minutes} min in class · {count} present</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <source>End class</source>
        <translation>End class</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>The session has started. Type the first name.</source>
        <translation>The session has started. Type the first name.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Well done</source>
        <translation>Well done</translation>
    </message>
    <message>
        <source>Congratulations!</source>
        <translation>Congratulations!</translation>
    </message>
    <message>
        <source>You have finished the lesson</source>
        <translation>You have finished the lesson</translation>
    </message>
    <message>
        <source>Learn it again</source>
        <translation>Learn it again</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Another lesson</translation>
    </message>
    <message>
        <source>Print the guide</source>
        <translation>Print the guide</translation>
    </message>
    <message>
        <source>Scan this code with your phone to get the app.</source>
        <translation>Scan this code with your phone to get the app.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to call.</source>
        <translation>Scan this code with your phone to call.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the page.</source>
        <translation>Scan this code with your phone to open the page.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Official channels</translation>
    </message>
    <message>
        <source>Scan a code with your phone&apos;s camera or with Zalo.</source>
        <translation>Scan a code with your phone&apos;s camera or with Zalo.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <source>Hotline: %1</source>
        <translation>Hotline: %1</translation>
    </message>
    <message>
        <source>Official information channels of %1</source>
        <translation>Official information channels of %1</translation>
    </message>
    <message>
        <source>Official information channels</source>
        <translation>Official information channels</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Choose a lesson</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Official channels</translation>
    </message>
    <message>
        <source>No lessons yet. Please ask the facilitator to add a lesson pack.</source>
        <translation>No lessons yet. Please ask the facilitator to add a lesson pack.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still learning?</source>
        <translation>Are you still learning?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Yes, I am still here</translation>
    </message>
    <message>
        <source>Going back to the start in {seconds} seconds</source>
        <translation>Going back to the start in {seconds} seconds</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Printing is not set up here. Please ask the facilitator.</source>
        <translation>Printing is not set up here. Please ask the facilitator.</translation>
    </message>
    <message>
        <source>Preparing your guide...</source>
        <translation>Preparing your guide...</translation>
    </message>
    <message>
        <source>Printing now. Please take the sheet from the printer.</source>
        <translation>Printing now. Please take the sheet from the printer.</translation>
    </message>
    <message>
        <source>The printer is not ready. Your guide has been saved; please ask the facilitator to print it for you.</source>
        <translation>The printer is not ready. Your guide has been saved; please ask the facilitator to print it for you.</translation>
    </message>
</context>
<context>
    <name>LearnerCard</name>
    <message>
        <source>Learner card — Cultural house of %1</source>
        <translation>Learner card — Cultural house of %1</translation>
    </message>
    <message>
        <source>Learner card</source>
        <translation>Learner card</translation>
    </message>
    <message>
        <source>Learner cards (%1)</source>
        <translation>Learner cards (%1)</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <source>No reading voice: please read the text.</source>
        <translation>No reading voice: please read the text.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Listen again</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Step {n} / {total}</translation>
    </message>
    <message>
        <source>Well done! That is the right place.</source>
        <translation>Well done! That is the right place.</translation>
    </message>
    <message>
        <source>Very good! You found it.</source>
        <translation>Very good! You found it.</translation>
    </message>
    <message>
        <source>That&apos;s right! You did it well.</source>
        <translation>That&apos;s right! You did it well.</translation>
    </message>
    <message>
        <source>You have already done this one. Touch Next to go on.</source>
        <translation>You have done this one. Touch Next to go on.</translation>
    </message>
    <message>
        <source>Not quite. Let&apos;s try again. {prompt}</source>
        <translation>Not quite. Let&apos;s try again. {prompt}</translation>
    </message>
    <message>
        <source>First, try it on the picture. {prompt}</source>
        <translation>First, try it on the picture. {prompt}</translation>
    </message>
    <message>
        <source>Look for the circle on the picture, and touch inside it. Or touch Next to go on.</source>
        <translation>Touch inside the circle on the picture, or touch Next.</translation>
    </message>
    <message>
        <source>Try it: {prompt}</source>
        <translation>Try it: {prompt}</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Record support</source>
        <translation>Record support</translation>
    </message>
    <message>
        <source>Find a person first</source>
        <translation>Find a person first</translation>
    </message>
    <message>
        <source>Teach a class</source>
        <translation>Teach a class</translation>
    </message>
    <message>
        <source>The lesson on the TV</source>
        <translation>The lesson on the TV</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Everyone recorded here</source>
        <translation>Everyone recorded here</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Figures for the commune</source>
        <translation>Figures for the commune</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Names, groups, waiting time</source>
        <translation>Names, groups, waiting time</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>Asks once more</source>
        <translation>Asks once more</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Start a session</translation>
    </message>
    <message>
        <source>Lesson, help desk…</source>
        <translation>Lesson, help desk…</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <source>Attendance, end session</source>
        <translation>Attendance, end session</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Add people</translation>
    </message>
    <message>
        <source>Search, or a new person</source>
        <translation>Search, or a new person</translation>
    </message>
    <message>
        <source>No commune name yet: see Settings</source>
        <translation>No commune name yet: see Settings</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>MessageOverlay</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
</context>
<context>
    <name>PanelBar</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>PeopleListPage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Show everyone</translation>
    </message>
    <message>
        <source>Type part of the name (no accents needed), then Done.</source>
        <translation>Type part of the name (no accents needed), then Done.</translation>
    </message>
    <message>
        <source>Names with &quot;{query}&quot;</source>
        <translation>Names with &quot;{query}&quot;</translation>
    </message>
    <message>
        <source>Nobody with that name.</source>
        <translation>Nobody with that name.</translation>
    </message>
    <message>
        <source>{count} people recorded</source>
        <translation>{count} people recorded</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Nobody recorded yet.</translation>
    </message>
</context>
<context>
    <name>PersonNewPage</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Type the full name, then touch Done.</source>
        <translation>Type the full name, then touch Done.</translation>
    </message>
    <message>
        <source>Correct the name</source>
        <translation>Correct the name</translation>
    </message>
    <message>
        <source>Birth year (4 digits):</source>
        <translation>Birth year (4 digits):</translation>
    </message>
    <message>
        <source>Gender, if you wish:</source>
        <translation>Gender, if you wish:</translation>
    </message>
    <message>
        <source>Touch the residential group to save.</source>
        <translation>Touch the residential group to save.</translation>
    </message>
    <message>
        <source>Save, no group</source>
        <translation>Save, no group</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>Enter the facilitator&apos;s PIN</source>
        <translation>Enter the facilitator&apos;s PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not the facilitator? Please touch Cancel.</source>
        <translation>Not the facilitator? Please touch Cancel.</translation>
    </message>
    <message>
        <source>The PIN cannot be used</source>
        <translation>The PIN cannot be used</translation>
    </message>
    <message>
        <source>The PIN is damaged or missing. Set a new one with the command kiosk pin set.</source>
        <translation>The PIN is damaged or missing. Set a new one with the command kiosk pin set.</translation>
    </message>
    <message>
        <source>Enter the recovery code</source>
        <translation>Enter the recovery code</translation>
    </message>
    <message>
        <source>The PIN is damaged or missing. Use the recovery code or the command kiosk pin set.</source>
        <translation>The PIN is damaged or missing. Use the recovery code or the command kiosk pin set.</translation>
    </message>
    <message>
        <source>The 12 digits written down when the PIN was chosen.</source>
        <translation>The 12 digits written down when the PIN was chosen.</translation>
    </message>
    <message>
        <source>Six digits. Not the facilitator? Please touch Cancel.</source>
        <translation>Six digits. Not the facilitator? Please touch Cancel.</translation>
    </message>
    <message>
        <source>Back to the PIN</source>
        <translation>Back to the PIN</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Forgot the PIN?</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait {seconds} seconds, then try again.</source>
        <translation>Too many wrong tries. Please wait {seconds} seconds, then try again.</translation>
    </message>
    <message>
        <source>Wrong recovery code. {n} tries left.</source>
        <translation>Wrong recovery code. {n} tries left.</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left.</source>
        <translation>Wrong PIN. {n} tries left.</translation>
    </message>
</context>
<context>
    <name>PinSetupScreen</name>
    <message>
        <source>Step {n} / {total}</source>
        <translation>Step {n} / {total}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <source>Setting up the kiosk</source>
        <translation>Setting up the kiosk</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Enter the same six digits again</source>
        <translation>Enter the same six digits again</translation>
    </message>
    <message>
        <source>Choose a six-digit PIN for the facilitator</source>
        <translation>Choose a six-digit PIN for the facilitator</translation>
    </message>
    <message>
        <source>Choose a new six-digit PIN</source>
        <translation>Choose a new six-digit PIN</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please ask for technical help.</source>
        <translation>The PIN could not be saved. Please ask for technical help.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please start again.</source>
        <translation>The two PINs were not the same. Please start again.</translation>
    </message>
    <message>
        <source>Only facilitators should know it. The kiosk is not set up yet: not the facilitator? Please ask them.</source>
        <translation>Only facilitators should know it. The kiosk is not set up yet: not the facilitator? Please ask them.</translation>
    </message>
    <message>
        <source>Only facilitators should know it. It opens facilitator mode and closes the kiosk.</source>
        <translation>Only facilitators should know it. It opens facilitator mode and closes the kiosk.</translation>
    </message>
    <message>
        <source>It is shown only once. If the PIN is lost or damaged, touch &apos;Forgot the PIN?&apos; on the PIN pad and type this code. Keep the paper safe, away from the kiosk.</source>
        <translation>It is shown only once. If the PIN is lost or damaged, touch &apos;Forgot the PIN?&apos; on the PIN pad and type this code. Keep the paper safe, away from the kiosk.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Write down this recovery code</source>
        <translation>Write down this recovery code</translation>
    </message>
</context>
<context>
    <name>QuitConfirmPage</name>
    <message>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>Close the kiosk program?</source>
        <translation>Close the kiosk program?</translation>
    </message>
    <message>
        <source>All records are kept. Residents cannot use the kiosk until it starts again.</source>
        <translation>All records are kept. Residents cannot use the kiosk until it starts again.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Close the program</translation>
    </message>
</context>
<context>
    <name>QuitOverlay</name>
    <message>
        <source>Close the kiosk program?</source>
        <translation>Close the kiosk program?</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV spreadsheet</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel spreadsheet</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>This kiosk cannot save this kind of file yet: {what}.</source>
        <translation>This kiosk cannot save this kind of file yet: {what}.</translation>
    </message>
    <message>
        <source>The {what} could not be saved. Is the USB stick full or locked? Try again, or tell the person who looks after the kiosk.</source>
        <translation>The {what} could not be saved. Is the USB stick full or locked? Try again, or tell the person who looks after the kiosk.</translation>
    </message>
    <message>
        <source>The {what} could not be saved on the kiosk. Try again, or tell the person who looks after the kiosk.</source>
        <translation>The {what} could not be saved on the kiosk. Try again, or tell the person who looks after the kiosk.</translation>
    </message>
    <message>
        <source>The printer did not take the report. It is saved in the kiosk&apos;s reports folder.</source>
        <translation>The printer did not take the report. It is saved in the kiosk&apos;s reports folder.</translation>
    </message>
    <message>
        <source>Sent to the printer. A copy is saved in the kiosk&apos;s reports folder.</source>
        <translation>Sent to the printer. A copy is saved in the kiosk&apos;s reports folder.</translation>
    </message>
    <message>
        <source>The {what} is saved on the USB stick {stick}, as {name}.</source>
        <translation>The {what} is saved on the USB stick {stick}, as {name}.</translation>
    </message>
    <message>
        <source>The {what} is saved in the kiosk&apos;s reports folder. Plug in a USB stick to copy it there.</source>
        <translation>The {what} is saved in the kiosk&apos;s reports folder. Plug in a USB stick to copy it there.</translation>
    </message>
    <message>
        <source>Could not copy to the USB stick {stick}. Is it full or locked? Try again.</source>
        <translation>Could not copy to the USB stick {stick}. Is it full or locked? Try again.</translation>
    </message>
    <message>
        <source>Copied to the USB stick {stick}. Files copied: {n}. You can take the stick out now.</source>
        <translation>Copied to the USB stick {stick}. Files copied: {n}. You can take the stick out now.</translation>
    </message>
    <message>
        <source>Copying to the USB stick…</source>
        <translation>Copying to the USB stick…</translation>
    </message>
    <message>
        <source>Copy to USB</source>
        <translation>Copy to USB</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The last day is before the first. Change one.</source>
        <translation>The last day is before the first. Change one.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <source>The figures could not be counted. Try again, or tell the person in charge.</source>
        <translation>The figures could not be counted. Try again, or tell the person in charge.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Nothing recorded in this period.</translation>
    </message>
    <message>
        <source>Report {range}</source>
        <translation>Report {range}</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Choose the dates</source>
        <translation>Choose the dates</translation>
    </message>
    <message>
        <source>From one day to another</source>
        <translation>From one day to another</translation>
    </message>
    <message>
        <source>Report for the commune</source>
        <translation>Report for the commune</translation>
    </message>
    <message>
        <source>Which period?</source>
        <translation>Which period?</translation>
    </message>
    <message>
        <source>Show the figures</source>
        <translation>Show the figures</translation>
    </message>
    <message>
        <source>Back to the figures</source>
        <translation>Back to the figures</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV spreadsheet</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel spreadsheet</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ScannedView</name>
    <message>
        <source>Start a session first: then scan the cards.</source>
        <translation>Start a session first: then scan the cards.</translation>
    </message>
    <message>
        <source>Card read. Looking in the records…</source>
        <translation>Card read. Looking in the records…</translation>
    </message>
    <message>
        <source>Found. Not present yet: touch Present.</source>
        <translation>Found. Not present yet: touch Present.</translation>
    </message>
    <message>
        <source>Already present. Nothing more to do.</source>
        <translation>Already present. Nothing more to do.</translation>
    </message>
    <message>
        <source>✓ Present.</source>
        <translation>✓ Present.</translation>
    </message>
    <message>
        <source>New person: touch their group.</source>
        <translation>New person: touch their group.</translation>
    </message>
    <message>
        <source>New person: touch Present.</source>
        <translation>New person: touch Present.</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Born {year}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Scan card</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Who is present</translation>
    </message>
    <message>
        <source>Gender, if they wish:</source>
        <translation>Gender, if they wish:</translation>
    </message>
    <message>
        <source>Touch the residential group to save.</source>
        <translation>Touch the residential group to save.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nobody called &quot;{name}&quot; yet. Touch New person to add them.</source>
        <translation>Nobody called &quot;{name}&quot; yet. Touch New person to add them.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Looking…</translation>
    </message>
    <message>
        <source>{count} present.</source>
        <translation>{count} present.</translation>
    </message>
    <message>
        <source>Added: {who}.</source>
        <translation>Added: {who}.</translation>
    </message>
    <message>
        <source>{who} was already here.</source>
        <translation>{who} was already here.</translation>
    </message>
    <message>
        <source>Type the next name.</source>
        <translation>Type the next name.</translation>
    </message>
    <message>
        <source>Type a name; no accents needed. Touch a name to add it.</source>
        <translation>Type a name; no accents needed. Touch a name to add it.</translation>
    </message>
    <message>
        <source>Type a name; no accents needed. Touch a name to record support.</source>
        <translation>Type a name; no accents needed. Touch a name to record support.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Add people to the session</source>
        <translation>Add people to the session</translation>
    </message>
    <message>
        <source>Find a person to record support</source>
        <translation>Find a person to record support</translation>
    </message>
</context>
<context>
    <name>SessionStartPage</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Next ({count} lessons)</source>
        <translation>Next ({count} lessons)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Type the place, then touch Done.</source>
        <translation>Type the place, then touch Done.</translation>
    </message>
    <message>
        <source>Your name (you may leave it empty), then touch Done to start.</source>
        <translation>Your name (you may leave it empty), then touch Done to start.</translation>
    </message>
    <message>
        <source>What kind of session?</source>
        <translation>What kind of session?</translation>
    </message>
    <message>
        <source>Where? Touch a residential group.</source>
        <translation>Where? Touch a residential group.</translation>
    </message>
    <message>
        <source>Another place</source>
        <translation>Another place</translation>
    </message>
    <message>
        <source>Lessons taught (optional): touch each one.</source>
        <translation>Lessons taught (optional): touch each one.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>That group is already on the list.</source>
        <translation>That group is already on the list.</translation>
    </message>
    <message>
        <source>No more groups can be added (60 at most).</source>
        <translation>No more groups can be added (60 at most).</translation>
    </message>
    <message>
        <source>Could not save ({error}).</source>
        <translation>Could not save ({error}).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Vietnamese voice: {name}</source>
        <translation>Vietnamese voice: {name}</translation>
    </message>
    <message>
        <source>No Vietnamese voice: lessons are shown as text only.</source>
        <translation>No Vietnamese voice: lessons are shown as text only.</translation>
    </message>
    <message>
        <source>English voice: {name}</source>
        <translation>English voice: {name}</translation>
    </message>
    <message>
        <source>No English voice: English lessons are shown as text only.</source>
        <translation>No English voice: English lessons are shown as text only.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Commune name</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation>Kiosk name</translation>
    </message>
    <message>
        <source>Residential groups: {count}</source>
        <translation>Residential groups: {count}</translation>
    </message>
    <message>
        <source>Back to start after: {time}</source>
        <translation>Back to start after: {time}</translation>
    </message>
    <message>
        <source>Start after: {time}</source>
        <translation>Start after: {time}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>New residential group</source>
        <translation>New residential group</translation>
    </message>
    <message>
        <source>{field}: type it, then touch Done.</source>
        <translation>{field}: type it, then touch Done.</translation>
    </message>
    <message>
        <source>Residential groups</source>
        <translation>Residential groups</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Add a group</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No groups yet. Touch Add a group.</source>
        <translation>No groups yet. Touch Add a group.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>A learner card needs an open session. Use Add people.</source>
        <translation>A learner card needs an open session. Use Add people.</translation>
    </message>
    <message>
        <source>The camera cannot be used here. Use the scanner, or Add people.</source>
        <translation>The camera cannot be used here. Use the scanner, or Add people.</translation>
    </message>
    <message>
        <source>Recorded: {support}.</source>
        <translation>Recorded: {support}.</translation>
    </message>
    <message>
        <source>Support: {person}</source>
        <translation>Support: {person}</translation>
    </message>
    <message>
        <source>Touch once for each kind of help given.</source>
        <translation>Touch once for each kind of help given.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Scan card</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>UndoButton</name>
    <message>
        <source>Undone: {name} is no longer in this session.</source>
        <translation>Undone: {name} is no longer in this session.</translation>
    </message>
    <message>
        <source>Undone: {support} for {name}.</source>
        <translation>Undone: {support} for {name}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>VietKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
</TS>

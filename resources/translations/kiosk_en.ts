<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <name>ChannelsScreen</name>
    <message>
        <source>Open your phone&apos;s camera and point it at this code. Then touch the number that appears to call.</source>
        <translation>Open your phone&apos;s camera and point it at this code. Then touch the number that appears to call.</translation>
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
        <source>Scan with your phone to open:</source>
        <translation>Scan with your phone to open:</translation>
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
        <source>Try it: {prompt}</source>
        <translation>Try it: {prompt}</translation>
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
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
</TS>

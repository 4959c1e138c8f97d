@echo off
rem Start the cultural-house kiosk full screen from a checkout set up by setup.cmd, kept
rem running by its supervisor (restarted when it crashes or freezes; "Close the kiosk" ends
rem both). To start it at log-in, put a shortcut to this file in shell:startup (Win+R, then
rem type shell:startup). An installed kiosk (the setup program) needs none of this.
cd /d "%~dp0\..\.."
".venv\Scripts\kiosk.exe" supervise

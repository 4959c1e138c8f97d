@echo off
rem Start the cultural-house kiosk full screen. Put a shortcut to this file in
rem shell:startup (Win+R, then type shell:startup) to start it at log-in.
cd /d "%~dp0\..\.."
".venv\Scripts\kiosk.exe" run

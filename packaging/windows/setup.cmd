@echo off
rem Set up the kiosk on Windows 10/11 from a checkout, for development or a trial: needs
rem Python 3.10+ from python.org (tick "Add python.exe to PATH"). Run from the checkout's
rem packaging\windows folder.
cd /d "%~dp0\..\.."
py -3 -m venv .venv || python -m venv .venv
".venv\Scripts\python.exe" -m pip install --upgrade pip
".venv\Scripts\python.exe" -m pip install .
echo Done. Start the kiosk with packaging\windows\start-kiosk.cmd
echo (To install it like an appliance instead, see packaging\windows\README.md.)

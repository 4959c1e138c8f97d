; The Windows installer of the cultural-house kiosk (Inno Setup 6.3 or newer).
;
; It installs the PyInstaller one-folder build (dist\cultural-house-kiosk\, made by
; `pyinstaller packaging\pyinstaller\kiosk.spec`) for the whole machine, adds a Start-menu
; entry, and makes the kiosk start (`kioskw.exe supervise`: restarted when it crashes or
; freezes) each time a chosen local account logs on: a scheduled task with a log-on trigger
; for that account, run in its desktop session with its ordinary rights. Uninstalling stops
; the kiosk and removes the task and the program; the records in that account's
; %LOCALAPPDATA%\cultural-house-kiosk stay.
;
; The build has two programs: kioskw.exe, built without a console, is what the task and the
; Start menu start (a console program would open a console window behind the full-screen
; kiosk; the supervisor's child is its own executable, `kioskw.exe run`); kiosk.exe is the
; same program with a console, for the commands that print (`kiosk.exe --version`, `say`).
;
; Build, from the checkout (packaging\windows\README.md):
;   iscc packaging\windows\cultural-house-kiosk.iss
; The setup program lands in dist\. A silent install takes the account as /ACCOUNT=name.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible, UTF-8 scripts without a BOM)
#endif

#define AppName "Cultural House Kiosk"
#define ShortcutName "Kiosk nhà văn hóa"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define ExeName "kiosk.exe"
#define WindowedExeName "kioskw.exe"
#define TaskName "Cultural House Kiosk"
#define BuildDir SourcePath + "..\..\dist\cultural-house-kiosk"

#if !FileExists(BuildDir + "\" + ExeName) || !FileExists(BuildDir + "\" + WindowedExeName)
  #error No build in dist\cultural-house-kiosk (kiosk.exe and kioskw.exe): run pyinstaller packaging\pyinstaller\kiosk.spec first, on Windows
#endif

[Setup]
AppId={{C7F299CB-F559-492E-8E5D-07BF344C2956}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Cultural House Kiosk project
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=cultural-house-kiosk-setup-{#AppVersion}
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The kiosk is stopped by the code below before files are replaced; no Restart Manager prompt.
CloseApplications=no

[Languages]
; The installer speaks English (Inno Setup ships no official Vietnamese); the pages of our own
; say each thing in Vietnamese too.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "kiosk-task.ps1"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#ShortcutName}"; Filename: "{app}\{#WindowedExeName}"; Parameters: "supervise"; WorkingDir: "{app}"; Comment: "Cultural House Kiosk"

[UninstallRun]
; Stop the kiosk (the supervisor and the kiosk it started: kioskw.exe, or kiosk.exe when it
; was started from a command prompt), then remove the log-on task.
Filename: "{sys}\schtasks.exe"; Parameters: "/End /TN ""{#TaskName}"""; Flags: runhidden; RunOnceId: "EndTask"
Filename: "{sys}\taskkill.exe"; Parameters: "/F /T /IM {#WindowedExeName}"; Flags: runhidden; RunOnceId: "StopKioskWindowed"
Filename: "{sys}\taskkill.exe"; Parameters: "/F /T /IM {#ExeName}"; Flags: runhidden; RunOnceId: "StopKiosk"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""{#TaskName}"" /F"; Flags: runhidden; RunOnceId: "DeleteTask"

[Code]
var
  AccountPage: TInputQueryWizardPage;

{ A local account name Windows accepts: 1 to 20 characters, none of " / \ [ ] : ; | = , + * ? < > }
function IsValidAccountName(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := (Length(Name) > 0) and (Length(Name) <= 20);
  for I := 1 to Length(Name) do
    if Pos(Name[I], '"/\[]:;|=,+*?<>') > 0 then
      Result := False;
end;

function LocalAccountExists(const Name: String): Boolean;
var
  ResultCode: Integer;
begin
  Result := Exec(ExpandConstant('{sys}\net.exe'), 'user "' + Name + '"', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode) and (ResultCode = 0);
end;

function KioskAccount: String;
begin
  Result := Trim(AccountPage.Values[0]);
end;

{ Why the account cannot be used, in English and Vietnamese; '' when it can. }
function AccountProblem(const Name: String): String;
begin
  Result := '';
  if not IsValidAccountName(Name) then
    Result := 'Type the name of a local Windows account (up to 20 letters, no \ / : * ? " < > |).'
      + #13#10 + 'Hãy gõ tên một tài khoản Windows trên máy này (tối đa 20 ký tự).'
  else if not LocalAccountExists(Name) then
    Result := 'There is no local account "' + Name + '" on this computer. Create it first '
      + '(Settings > Accounts > Other users), then try again.'
      + #13#10 + 'Máy này chưa có tài khoản "' + Name + '". Hãy tạo tài khoản trước rồi thử lại.';
end;

procedure InitializeWizard;
begin
  AccountPage := CreateInputQueryPage(wpSelectDir,
    'Kiosk account / Tài khoản chạy kiosk',
    'Which Windows account runs the kiosk? / Tài khoản nào chạy kiosk?',
    'The kiosk starts by itself every time this local account logs on. Use a standard '
    + 'account made for the kiosk, not an administrator.' + #13#10
    + 'Kiosk tự chạy mỗi khi tài khoản này đăng nhập. Nên dùng một tài khoản thường '
    + 'dành riêng cho kiosk, không phải tài khoản quản trị.');
  AccountPage.Add('Account name / Tên tài khoản:', False);
  AccountPage.Values[0] := GetPreviousData('KioskAccount', ExpandConstant('{param:ACCOUNT|kiosk}'));
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  SetPreviousData(PreviousDataKey, 'KioskAccount', KioskAccount);
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Problem: String;
begin
  Result := True;
  if CurPageID = AccountPage.ID then
  begin
    Problem := AccountProblem(KioskAccount);
    if Problem <> '' then
    begin
      SuppressibleMsgBox(Problem, mbError, MB_OK, IDOK);
      Result := False;
    end;
  end;
end;

{ Checked again here (a silent install skips the page), and the running kiosk is stopped so
  that its files can be replaced: the supervisor first, or it would start the kiosk again. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  ResultCode: Integer;
begin
  Result := AccountProblem(KioskAccount);
  if Result <> '' then
    Exit;
  Exec(ExpandConstant('{sys}\schtasks.exe'), '/End /TN "{#TaskName}"', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode);
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/F /T /IM {#WindowedExeName}', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode);
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/F /T /IM {#ExeName}', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode);
end;

{ The log-on task, made by kiosk-task.ps1 (PowerShell's ScheduledTasks module: schtasks.exe
  cannot lift the 72-hour run limit nor the battery rules a kiosk must not have). }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Params: String;
begin
  if CurStep <> ssPostInstall then
    Exit;
  Params := '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "'
    + ExpandConstant('{app}\kiosk-task.ps1') + '" -Account "' + KioskAccount
    + '" -Program "' + ExpandConstant('{app}\{#WindowedExeName}') + '" -TaskName "{#TaskName}"';
  Log('Creating the log-on task: powershell.exe ' + Params);
  if not Exec(ExpandConstant('{sys}\WindowsPowerShell\v1.0\powershell.exe'), Params, '',
    SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    SuppressibleMsgBox('The kiosk is installed, but it could not be set to start when "'
      + KioskAccount + '" logs on (error ' + IntToStr(ResultCode) + '). In PowerShell run '
      + 'as administrator, run ' + ExpandConstant('{app}\kiosk-task.ps1') + ' -Account '
      + KioskAccount + ' to see why.' + #13#10
      + 'Đã cài kiosk nhưng chưa đặt được để kiosk tự chạy khi tài khoản này đăng nhập.',
      mbError, MB_OK, IDOK);
end;

<#
.SYNOPSIS
  Start the cultural-house kiosk each time one local account logs on (a scheduled task).

.DESCRIPTION
  Run by the installer (cultural-house-kiosk.iss) as administrator; it can be run again by
  hand to change the account. The task starts "kioskw.exe supervise" (kioskw.exe: the kiosk
  without a console window behind it; kiosk.exe is for commands) in the account's own
  desktop session ("Interactive": only while that account is logged on, so no password is
  stored) with its ordinary rights (RunLevel Limited). Unlike the defaults of schtasks.exe it
  never stops the kiosk after 72 hours, starts and keeps running on battery (laptops),
  and runs at normal priority (the default, 7, is below normal).

  Remove the task with:  schtasks /Delete /TN "Cultural House Kiosk" /F

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File kiosk-task.ps1 -Account kiosk
#>
param(
    [Parameter(Mandatory = $true)] [string] $Account,
    [string] $Program = (Join-Path $PSScriptRoot "kioskw.exe"),
    [string] $TaskName = "Cultural House Kiosk"
)

$ErrorActionPreference = "Stop"

if (-not (Test-Path -LiteralPath $Program -PathType Leaf)) {
    throw "The kiosk program is not there: $Program"
}
# The account must exist on this computer (a local one; "DOMAIN\name" works too).
$sid = (New-Object System.Security.Principal.NTAccount($Account)).Translate(
    [System.Security.Principal.SecurityIdentifier]).Value

$action = New-ScheduledTaskAction -Execute ('"' + $Program + '"') -Argument "supervise" `
    -WorkingDirectory (Split-Path -Parent $Program)
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $Account
$principal = New-ScheduledTaskPrincipal -UserId $Account -LogonType Interactive -RunLevel Limited
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -MultipleInstances IgnoreNew `
    -Priority 4
Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings `
    -Description "Starts the cultural-house kiosk (kioskw.exe supervise) when $Account logs on." `
    -Force | Out-Null
Write-Output "The kiosk starts when $Account ($sid) logs on: task '$TaskName'."

# Checks an installed Sajag on Windows as a person meets it (the release workflow runs it after the
# NSIS and the MSI install; see installer/README.md, "Windows: one window, one console"):
#   - sajag.exe is a GUI program and sajag.com a console program (PE subsystem 2 and 3);
#   - both carry the icon and the version information Explorer shows;
#   - starting the app as the Start menu does opens no console (no conhost.exe child), while the
#     same probe does see the console of sajag.com (so the probe can fail);
#   - typed in cmd and in PowerShell, `sajag` is sajag.com: it prints to that terminal and the
#     shell gets its exit code (0 not found / no red flags, 1 found / flagged, 2 error).
#
#   pwsh installer/windows/check-installed.ps1 -Dir "$env:ProgramFiles\Sajag" -Version 0.1.0
param(
  [Parameter(Mandatory = $true)][string]$Dir,
  [Parameter(Mandatory = $true)][string]$Version
)
$ErrorActionPreference = 'Stop'
$exe = Join-Path $Dir 'sajag.exe'
$com = Join-Path $Dir 'sajag.com'
foreach ($f in @($exe, $com)) { if (-not (Test-Path $f)) { throw "not installed: $f" } }

# PE subsystem: e_lfanew at 0x3C; the optional header starts 24 bytes after the PE signature and
# holds the subsystem at offset 68 (the same for PE32 and PE32+).
function Get-Subsystem([string]$Path) {
  $bytes = [System.IO.File]::ReadAllBytes($Path)
  $pe = [BitConverter]::ToInt32($bytes, 0x3C)
  return [BitConverter]::ToUInt16($bytes, $pe + 24 + 68)
}
if ((Get-Subsystem $exe) -ne 2) { throw "sajag.exe is not a GUI program (subsystem $(Get-Subsystem $exe))" }
if ((Get-Subsystem $com) -ne 3) { throw "sajag.com is not a console program (subsystem $(Get-Subsystem $com))" }

Add-Type -Namespace SajagCheck -Name Shell -MemberDefinition @'
[System.Runtime.InteropServices.DllImport("shell32.dll", CharSet = System.Runtime.InteropServices.CharSet.Unicode)]
public static extern uint ExtractIconExW(string file, int index, System.IntPtr[] large, System.IntPtr[] small, uint count);
'@
$descriptions = @{ $exe = 'Sajag'; $com = 'Sajag command line' }
foreach ($f in @($exe, $com)) {
  $info = (Get-Item $f).VersionInfo
  if ($info.ProductName -ne 'Sajag') { throw "${f}: ProductName '$($info.ProductName)'" }
  if ($info.ProductVersion -ne $Version) { throw "${f}: ProductVersion '$($info.ProductVersion)', not $Version" }
  if ($info.CompanyName -ne 'The Sajag project') { throw "${f}: CompanyName '$($info.CompanyName)'" }
  if ($info.FileDescription -ne $descriptions[$f]) { throw "${f}: FileDescription '$($info.FileDescription)'" }
  # Index -1 asks for the number of icons in the file.
  $icons = [SajagCheck.Shell]::ExtractIconExW($f, -1, $null, $null, 0)
  if ($icons -lt 1) { throw "${f}: no icon" }
  Write-Host "${f}: subsystem $(Get-Subsystem $f), $icons icon(s), $($info.FileDescription) $($info.ProductVersion)"
}

# A console program started from the shell gets its own conhost.exe, as a child process.
function Get-ConsoleChildren([int]$ProcessId) {
  return @(Get-CimInstance Win32_Process -Filter "ParentProcessId = $ProcessId" |
      Where-Object { $_.Name -eq 'conhost.exe' })
}
$app = Start-Process -FilePath $exe -WorkingDirectory $Dir -PassThru
Start-Sleep -Seconds 8
if ($app.HasExited) { throw "the app exited at start (exit $($app.ExitCode))" }
$consoles = Get-ConsoleChildren $app.Id
Stop-Process -Id $app.Id -Force
if ($consoles.Count -ne 0) { throw "starting sajag.exe opened a console" }
# The probe itself: sajag.com waiting at its hidden prompt has a console.
$cli = Start-Process -FilePath $com -ArgumentList 'check' -WorkingDirectory $Dir -PassThru
Start-Sleep -Seconds 3
$probe = Get-ConsoleChildren $cli.Id
Stop-Process -Id $cli.Id -Force -ErrorAction SilentlyContinue
if ($probe.Count -eq 0) { throw "the console probe saw no console for sajag.com: it cannot be trusted" }
Write-Host "the app opened no console; sajag.com did (the probe works)"

# cmd: `sajag` resolves to sajag.com (PATHEXT lists .COM before .EXE); output and exit codes.
$batch = Join-Path ([System.IO.Path]::GetTempPath()) 'sajag-cmd-check.cmd'
@'
@echo off
cd /d "%~1"
for /f "delims=" %%p in ('where sajag') do (echo first: %%~nxp & goto :found)
:found
sajag --version
if errorlevel 1 exit /b 10
sajag check "+91 98765 43210"
if not errorlevel 1 exit /b 11
if errorlevel 2 exit /b 11
sajag check 9999999999
if errorlevel 1 exit /b 12
sajag explain 12345 2>nul
if not errorlevel 2 exit /b 13
exit /b 0
'@ | Set-Content -Path $batch -Encoding ascii
$out = & cmd.exe /d /c $batch $Dir | Out-String
Write-Host $out
if ($LASTEXITCODE -ne 0) { throw "cmd: step $LASTEXITCODE failed" }
if ($out -notmatch 'first: sajag\.com') { throw "cmd: 'sajag' is not sajag.com" }
if ($out -notmatch "sajag $([regex]::Escape($Version))") { throw "cmd: no version printed" }
if ($out -notmatch 'Not found') { throw "cmd: the check printed nothing" }

# PowerShell: the same, with $LASTEXITCODE.
Push-Location $Dir
try {
  $resolved = (Get-Command .\sajag).Source
  if ($resolved -notlike '*sajag.com') { throw "PowerShell: .\sajag is $resolved" }
  $v = .\sajag --version
  if ($v -ne "sajag $Version") { throw "PowerShell: --version said '$v'" }
  $found = .\sajag check '+91 98765 43210' | Out-String
  if ($LASTEXITCODE -ne 1) { throw "PowerShell: the demo number gave exit $LASTEXITCODE, not 1" }
  if ($found -notmatch 'DEMO') { throw "PowerShell: the result was not printed" }
  $scan = 'Your KYC expires today. Share the OTP to keep your account' | .\sajag scan-message | Out-String
  if ($LASTEXITCODE -ne 1) { throw "PowerShell: a scam message gave exit $LASTEXITCODE, not 1" }
  Write-Host $scan
  .\sajag explain 12345 2>$null
  if ($LASTEXITCODE -ne 2) { throw "PowerShell: a wrong number gave exit $LASTEXITCODE, not 2" }
} finally {
  Pop-Location
}
$global:LASTEXITCODE = 0
Write-Host "check-installed.ps1: all checks passed"

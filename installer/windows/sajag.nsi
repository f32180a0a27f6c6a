; The Sajag installer for Windows (NSIS 3): Start-menu shortcut, licence page, uninstaller
; registered in "Apps & features" / "Add or remove programs", the app icon.
;
; Build it with installer/windows/build.sh (Linux, cross-compiled) or as the release workflow does
; on Windows; both pass every path on the command line:
;   makensis -DVERSION=0.1.0 -DBINARY=/path/to/sajag.exe -DCONSOLE=/path/to/sajag-cli.exe \
;            -DROOT=/path/to/repo -DOUTFILE=out.exe sajag.nsi
; sajag.exe is the app (no console window); sajag-cli.exe is installed as sajag.com beside it, the
; command line that cmd and PowerShell find first when someone types `sajag` (src/console.rs).

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not set: makensis -DVERSION=x.y.z"
!endif
!ifndef BINARY
  !error "BINARY is not set: makensis -DBINARY=path/to/sajag.exe"
!endif
!ifndef CONSOLE
  !error "CONSOLE is not set: makensis -DCONSOLE=path/to/sajag-cli.exe"
!endif
!ifndef ROOT
  !define ROOT "..\.."
!endif
!ifndef OUTFILE
  !define OUTFILE "sajag-${VERSION}-windows-x64-setup.exe"
!endif

!define APP_NAME "Sajag"
!define APP_ID "in.sajag.Sajag"
!define PUBLISHER "The Sajag project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define APP_KEY "Software\${APP_ID}"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Apache-2.0; Noto Sans Devanagari: OFL-1.1"

!define MUI_ICON "${ROOT}\assets\icon\sajag.ico"
!define MUI_UNICON "${ROOT}\assets\icon\sajag.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\sajag.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${ROOT}\installer\licenses\Apache-2.0.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Hindi"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Sajag needs 64-bit Windows (x64)."
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Sajag" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=sajag.exe" "${BINARY}"
  File "/oname=sajag.com" "${CONSOLE}"
  File "/oname=sajag.ico" "${ROOT}\assets\icon\sajag.ico"
  File "/oname=LICENSE-Apache-2.0.txt" "${ROOT}\installer\licenses\Apache-2.0.txt"
  File "/oname=OFL.txt" "${ROOT}\assets\fonts\OFL.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\sajag.exe" "" "$INSTDIR\sajag.ico" 0

  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\sajag.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; The settings the app saved (in the user's AppData) are left in place, as most uninstallers do.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$INSTDIR\sajag.exe"
  Delete "$INSTDIR\sajag.com"
  Delete "$INSTDIR\sajag.ico"
  Delete "$INSTDIR\LICENSE-Apache-2.0.txt"
  Delete "$INSTDIR\OFL.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
SectionEnd

; Inno Setup 6 script: the Windows installer for Tirek.
;
; First build the bundle on Windows (docs/packaging.md), which leaves dist\tirek\ with
; tirek.exe (command line) and tirek-gui.exe (the window). Then, from the checkout root:
;
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build_spec\tirek.iss
;
; which writes dist\Tirek-0.1.0-setup.exe. The installer needs no administrator rights: it
; installs for the current user (%LOCALAPPDATA%\Programs\Tirek). The data never lives in the
; program folder but in %LOCALAPPDATA%\Tirek, so upgrading or uninstalling keeps it.

; Without /DAppVersion=..., the version below: keep it equal to app/__init__.py.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Tirek"
#define GuiExe "tirek-gui.exe"

[Setup]
; Never change AppId: upgrades find the installed copy by it.
AppId={{6F1D8C2A-4B7E-4E3A-9C55-2D7A1B0E9F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Tirek project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (field laptops often have no administrator at hand);
; an administrator may still choose "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
CloseApplications=yes
#if FileExists(AddBackslash(SourcePath) + "..\resources\icons\tirek.ico")
SetupIconFile=..\resources\icons\tirek.ico
#endif

[Languages]
; Inno Setup ships no Kyrgyz messages; Kyrgyz speakers read Russian installers.
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the bundle whole: no stale library of an older version may remain.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\tirek\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Inno Setup 6 script: turns PyInstaller's dist\casebook folder into casebook-<version>-setup.exe.
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\casebook.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\casebook.iss
;
; Output: dist\casebook-<version>-setup.exe. Installs per user by default (no administrator
; needed; an office IT person can pick "all users"). Installs only the program: vaults are
; folders the user chose, and neither installing, updating nor uninstalling touches them.
; An update is the new setup.exe run over the old one: the fixed AppId below makes it replace
; the program files in place; the uninstaller removes only what the installer put there.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "casebook"
#define Root "..\.."

[Setup]
; Never change this GUID: it is how an update finds the installed version.
AppId={{6F1B6C2E-3A9D-4E57-9C3B-2B8E5D7A41C0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The casebook developers
AppComments=Offline, encrypted case files for immigrant advocates and legal aid workers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\casebook
DefaultGroupName=casebook
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; LicenseFile={#Root}\LICENSE   (uncomment once the repository has its LICENSE file)
OutputDir={#Root}\dist
OutputBaseFilename=casebook-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\casebook.ico
UninstallDisplayIcon={app}\casebook.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running casebook holds its files open: ask to close it before replacing them.
CloseApplications=yes
RestartApplications=no
; Signing (see packaging/README.md): define a sign tool named "signtool" in the IDE or with
;   ISCC /Ssigntool="signtool.exe sign /fd SHA256 /tr http://timestamp.example /td SHA256 $f"
; and uncomment the next line; the setup and the uninstaller are then signed.
; SignTool=signtool

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\casebook\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\casebook"; Filename: "{app}\casebook.exe"; Comment: "Encrypted case files"
Name: "{autoprograms}\casebook (fictional demo)"; Filename: "{app}\casebook.exe"; Parameters: "--demo"
Name: "{autodesktop}\casebook"; Filename: "{app}\casebook.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\casebook.exe"; Description: "{cm:LaunchProgram,casebook}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: uninstalling removes the program files only. The user's
; vaults, backups and settings (%APPDATA%\casebook) stay where they are.

; Inno Setup 6 script: a per-user installer for Windows (no administrator rights).
; Build the app first (pyinstaller --noconfirm build.spec), then, from the repository's root:
;   iscc /DAppVersion=0.1.0 installer\salon-desk.iss      -> dist\installer\SalonDesk-0.1.0-setup.exe
; tests/test_packaging.py checks that every file named here exists (after a build for dist\ files).

#define AppName "Salon Desk"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Dist "..\dist\salon-desk"
#define AppExe "Salon Desk.exe"
#define CliExe "salon-desk.exe"
#define DataFolder "{localappdata}\SalonDesk"

[Setup]
AppId={{5C7E2A41-3B9D-4F0A-9E61-2D8C4B7A1F35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Salon Desk
VersionInfoVersion={#AppVersion}
; Per user, in the user's own Programs folder: no UAC prompt, and the app can update itself.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist\installer
OutputBaseFilename=SalonDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\salon-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=THIRD-PARTY-NOTICES.txt
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.DataKept=Salon Desk est désinstallé. Les données du salon (base chiffrée, sauvegardes) restent dans :%n%1%nSupprimez ce dossier vous-même seulement si vous n'en avez plus besoin : gardez d'abord une copie et votre code de secours.
en.DataKept=Salon Desk is uninstalled. The salon's data (the encrypted database and its backups) stays in:%n%1%nDelete that folder yourself only if you no longer need it: keep a copy and your recovery code first.
fr.CliShortcut=Salon Desk (ligne de commande)
en.CliShortcut=Salon Desk (command line)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "THIRD-PARTY-NOTICES.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{autoprograms}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && ""{#CliExe}"" --help"; IconFilename: "{app}\{#CliExe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; What updates leave beside the app (desktop/updates.py); never the salon's data folder.
Type: filesandordirs; Name: "{app}.previous"
Type: filesandordirs; Name: "{app}.incoming"
Type: filesandordirs; Name: "{localappdata}\SalonDesk Updates"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  Data := ExpandConstant('{#DataFolder}');
  if (CurUninstallStep = usPostUninstall) and DirExists(Data) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [Data]), mbInformation, MB_OK);
end;

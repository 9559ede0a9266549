#pragma once

#include "commands/command_result.h"
#include "domain/command_catalog.h"
#include "settings/app_settings.h"
#include "store/store_location.h"

#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace coopdesk {

class AutomaticBackups;
class CommandDialog;
class CoopSession;
class FamiliesScreen;
class FamilyActions;
class MessageBar;
class OverviewScreen;
class RecentFilesMenu;
class SessionStatusBar;
class StartPage;

// The one main window of CoopDesk (SPEC 7). With no co-op file open it
// shows the start page; with one, a navigation list on the left and the
// current screen on the right. Screens plug in with addScreen(); they learn
// about the open file from sessionOpened()/sessionClosed() and drive the
// Family menu with setSelectedFamily(). The Family menu acts only on the
// family selected on the screen shown: when another screen comes to the
// front, its family is the one that screen's `selectedFamily` property
// names, or none for a screen without one (its dialogs then ask which).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a screen to the navigation (in call order, or at `position`)
    // and to View, with Ctrl+1…9 by place. `id` names it for showScreen()
    // and --screen. The window takes ownership of `screen`. Returns false
    // when the id is taken.
    bool addScreen(const QString& id, const QString& title, const QIcon& icon, QWidget* screen,
                   int position = -1);
    // Makes a registered screen current; false for an unknown id.
    bool showScreen(const QString& id);
    QString currentScreen() const;
    QStringList screenIds() const;
    QWidget* screen(const QString& id) const;

    // Backs up each co-op when it is closed (SPEC 7); the app sets it, so
    // windows made by tests back nothing up unless they ask.
    void setAutomaticBackups(std::unique_ptr<AutomaticBackups> backups);
    AutomaticBackups* automaticBackups() const { return m_backups.get(); }

    CoopSession* session() const { return m_session.get(); }
    QString selectedFamily() const;
    FamilyActions* familyActions() const { return m_familyActions; }
    SessionStatusBar* sessionStatusBar() const { return m_statusBar; }
    StartPage* startPage() const { return m_startPage; }
    bool isShowingStartPage() const;
    QString currencyCode() const { return m_settings.currencyCode(); }

    // Shows a co-op opened elsewhere (the connect dialog) and remembers it.
    void openSession(std::unique_ptr<coopdesk::CoopSession> session);
    // The password was not saved in (or forgotten from) the keychain: said
    // in the status bar.
    void showKeychainProblem(const QString& problem);

public slots:
    // Opens a co-op file; on failure says why in a message box, keeps what
    // was open and returns false.
    // `path` may also name a server (StoreLocation::fromText).
    bool openFile(const QString& path);
    // Opens a co-op file or a server co-op, asking for the server's password
    // when it wants one (kept for this session only, never in settings).
    bool openLocation(const coopdesk::StoreLocation& location);
    // File ▸ Connect to a Shared Co-op…
    void connectToServer();
    // Creates a new co-op file at `path` (never overwriting) and opens it.
    bool createCoop(const QString& path);
    // Opens the most recent file; shows the start page when there is none
    // or it cannot be opened.
    bool openLastFile();
    void closeFile();
    // Closes the co-op without taking its automatic backup (a restore keeps
    // the file itself beside the one restored).
    void closeFileWithoutBackup();

    void newCoop();  // asks where, then createCoop()
    void openCoop(); // asks which, then openFile()
    // Opens the demo co-op in the user's data folder, making it first (on a
    // worker thread, with progress and Cancel) when it is not there yet.
    bool openDemoCoop();
    void showPreferences();
    // Takes the saved preferences in use: the user recorded in new events
    // at once; the currency for the next dialogs; the language at restart.
    void applyPreferences();
    void showAbout();
    // The About box's text: versions, and the server's for a server co-op.
    QString aboutText() const;

    // The family selected on the screen shown, which the Family menu acts
    // on; empty for none. Screens following the selection hear of it
    // through selectedFamilyChanged().
    void setSelectedFamily(const QString& familyId);
    // The read side's progress, for the status bar.
    void setProjectionStatus(qint64 head, qint64 lagEvents, qint64 lagMs);

    // Opens the dialog of a command (on the selected family) window-modal
    // and returns it; it deletes itself when closed. Null when no file is open.
    CommandDialog* openCommandDialog(coopdesk::CommandType type);
    // The same on `familyId`; empty: the dialog asks which family. It
    // starts with what that family's page has selected for the command
    // (FamilyActions::preset: the payment to void).
    CommandDialog* openCommandDialog(coopdesk::CommandType type, const QString& familyId);

signals:
    void sessionOpened(coopdesk::CoopSession* session);
    void sessionClosed();
    void selectedFamilyChanged(const QString& familyId);
    void commandAccepted(const coopdesk::CommandResult& result);
    // Preferences were saved and taken (e.g. the display currency, currencyCode()).
    void preferencesApplied();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showFamiliesScreen();
    void setSession(std::unique_ptr<CoopSession> session, bool backUpTheClosedOne = true);
    void backUpOnClose();
    void updateForSession();
    void refreshRecentFiles();
    void updateUserText();
    void onCommandAccepted(const CommandResult& result);
    // A screen came to the front: the Family menu takes its family.
    void currentScreenChanged();
    void showMenuFamily(const QString& familyId);
    AppSettings m_settings;
    std::unique_ptr<AutomaticBackups> m_backups;
    std::unique_ptr<CoopSession> m_session;

    QStackedWidget* m_pages = nullptr; // the start page or the workspace
    StartPage* m_startPage = nullptr;
    QWidget* m_workspace = nullptr;
    MessageBar* m_readOnlyBanner = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_screens = nullptr;
    QSplitter* m_splitter = nullptr;
    QStringList m_screenIds;
    OverviewScreen* m_overview = nullptr;
    FamiliesScreen* m_families = nullptr; // made when the first file opens

    SessionStatusBar* m_statusBar = nullptr;
    FamilyActions* m_familyActions = nullptr;
    RecentFilesMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_screenActions = nullptr;
    QAction* m_closeAction = nullptr;
    QString m_reportedFamily; // the last one a screen reported
};

} // namespace coopdesk

#include "main_window.h"

#include "app_version.h"
#include "backup/automatic_backups.h"
#include "backup/restore_backup_action.h"
#include "backup/save_copy_action.h"
#include "charge_all/charge_all_menu_action.h"
#include "command_dialogs/command_dialog.h"
#include "connect/connect_dialog.h"
#include "connect/password_keychain.h"
#include "connect/server_sign_in.h"
#include "demo/demo_coop_dialog.h"
#include "demo/demo_coop_generation.h"
#include "event_export/event_export_menu_action.h"
#include "families/families_screen.h"
#include "family_actions.h"
#include "family_detail/family_detail_view.h"
#include "i18n/code_labels.h"
#include "import/import_menu_action.h"
#include "move_to_server/move_to_server_action.h"
#include "overdue/overdue_families_action.h"
#include "overview_screen.h"
#include "preferences/preferences_dialog.h"
#include "recent_files_menu.h"
#include "session/coop_session.h"
#include "session/server_coop_name.h"
#include "session/storage_advice.h"
#include "session_status_bar.h"
#include "start_page.h"
#include "statements/family_statement_action.h"
#include "statements/owing_statements_action.h"
#include "store/storage_error.h"
#include "widgets/message_bar.h"
#include "widgets/message_box.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace coopdesk {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CoopDesk"));

    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newCoop);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openCoop);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoCoop);
    connect(m_startPage, &StartPage::recentChosen, this, &MainWindow::openFile);

    m_workspace = new QWidget(this);
    m_readOnlyBanner = new MessageBar(m_workspace);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_navigation = new QListWidget(m_workspace);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(260);
    m_navigation->setSpacing(2);
    m_screens = new QStackedWidget(m_workspace);
    m_splitter = new QSplitter(m_workspace);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_screens);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({190, 900});
    auto* workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(6, 6, 6, 0);
    workspaceLayout->addWidget(m_readOnlyBanner);
    workspaceLayout->addWidget(m_splitter, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, m_screens,
            &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::currentScreenChanged);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

    m_statusBar = new SessionStatusBar(this);
    setStatusBar(m_statusBar);

    m_familyActions = new FamilyActions(this);
    connect(m_familyActions, &FamilyActions::triggered, this,
            [this](CommandType type) { openCommandDialog(type); });

    createMenus();

    m_overview = new OverviewScreen(this);
    addScreen(QStringLiteral("overview"), tr("Overview"),
              style()->standardIcon(QStyle::SP_FileDialogInfoView), m_overview);

    if (!restoreGeometry(m_settings.windowGeometry())) {
        QScreen* display = QWidget::screen();
        const QRect available = display ? display->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1180, available.width() - 40), qMin(760, available.height() - 40));
    }
    restoreState(m_settings.windowState());

    refreshRecentFiles();
    updateForSession();
}

MainWindow::~MainWindow()
{
    // Dialogs and screens may still hold the session: let them go first.
    const auto dialogs = findChildren<CommandDialog*>();
    qDeleteAll(dialogs);
    backUpOnClose();
    m_session.reset();
}

void MainWindow::setAutomaticBackups(std::unique_ptr<AutomaticBackups> backups)
{
    m_backups = std::move(backups);
}

void MainWindow::backUpOnClose()
{
    // The demo co-op is made again at will; a read-only co-op did not change;
    // a server co-op is backed up by its administrator (SPEC 12.4).
    if (!m_backups || !m_session || m_session->isReadOnly() || m_session->location().isServer() ||
        QFileInfo(m_session->path()) == QFileInfo(demoCoopPath()))
        return;
    try {
        m_backups->takeIfDue(m_session->store(), m_session->path(), QDate::currentDate());
    } catch (const StorageError& error) {
        MessageBox::warning(
            this, tr("Automatic Backup"),
            tr("CoopDesk could not back up “%1” on closing it.").arg(m_session->fileName()),
            error.message());
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newAction = file->addAction(tr("&New Co-op…"), this, &MainWindow::newCoop);
    newAction->setObjectName(QStringLiteral("actionNewCoop"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create an empty co-op file"));
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::openCoop);
    openAction->setObjectName(QStringLiteral("actionOpenCoop"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a co-op file"));
    QAction* connectAction =
        file->addAction(tr("Connect to a &Shared Co-op…"), this, &MainWindow::connectToServer);
    connectAction->setObjectName(QStringLiteral("actionConnectServer"));
    connectAction->setStatusTip(tr("Open a co-op kept on a PostgreSQL server"));
    m_recentMenu = new RecentFilesMenu(this);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    connect(m_recentMenu, &RecentFilesMenu::clearRequested, this, [this] {
        m_settings.clearRecentFiles();
        refreshRecentFiles();
    });
    QAction* demoAction = file->addAction(tr("Open &Demo Co-op"), this, &MainWindow::openDemoCoop);
    demoAction->setObjectName(QStringLiteral("actionOpenDemo"));
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    file->addAction(new ImportMenuAction(this));
    file->addAction(new EventExportMenuAction(this));
    file->addAction(new SaveCopyAction(this));
    file->addAction(new RestoreBackupAction(this));
    file->addAction(new MoveToServerAction(this));
    // Only actions with a tip of their own show one: why one is disabled.
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction* preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Comma));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setMenuRole(QAction::QuitRole);
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Q));

    QMenu* family = menuBar()->addMenu(tr("Fa&mily"));
    family->setObjectName(QStringLiteral("familyMenu"));
    const QList<QAction*> actions = m_familyActions->actions();
    for (QAction* action : actions) {
        const bool startsGroup =
            action == m_familyActions->action(CommandType::ChangeContactDetails) ||
            action == m_familyActions->action(CommandType::WithdrawFamily);
        if (startsGroup)
            family->addSeparator();
        family->addAction(action);
    }
    // The treasurer's month: every enrolled family at once.
    family->addSeparator();
    family->addAction(new ChargeAllMenuAction(this));
    family->addAction(new OverdueFamiliesAction(this));
    // Statements: the selected family's, and every family's that owes.
    family->addAction(new FamilyStatementAction(this));
    family->addAction(new OwingStatementsAction(this));
    // Shortcuts work whatever has the focus.
    addActions(actions);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_screenActions = new QActionGroup(this);
    m_screenActions->setExclusive(true);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About CoopDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::addScreen(const QString& id, const QString& title, const QIcon& icon,
                           QWidget* screen, int position)
{
    if (id.isEmpty() || m_screenIds.contains(id) || !screen)
        return false;
    const int count = static_cast<int>(m_screenIds.size());
    const int at = position < 0 || position > count ? count : position;
    m_screenIds.insert(at, id);
    screen->setParent(m_screens);
    m_screens->insertWidget(at, screen);
    auto* item = new QListWidgetItem(icon, title);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 32));
    m_navigation->insertItem(at, item);

    const auto screenAction = [this](const QString& screenId) {
        return findChild<QAction*>(QStringLiteral("actionScreen_") + screenId);
    };
    auto* action = new QAction(icon, title, m_viewMenu);
    QAction* before = at + 1 < m_screenIds.size() ? screenAction(m_screenIds.at(at + 1)) : nullptr;
    m_viewMenu->insertAction(before, action);
    action->setObjectName(QStringLiteral("actionScreen_") + id);
    action->setCheckable(true);
    action->setData(id);
    m_screenActions->addAction(action);
    // Ctrl+1…9 by place in the navigation.
    for (int number = 1; number <= m_screenIds.size(); ++number) {
        if (QAction* placed = screenAction(m_screenIds.at(number - 1))) {
            placed->setShortcut(
                number <= 9 ? QKeySequence(Qt::ControlModifier | Qt::Key(Qt::Key_0 + number))
                            : QKeySequence());
        }
    }
    addAction(action);
    connect(action, &QAction::triggered, this, [this, id] { showScreen(id); });
    connect(m_navigation, &QListWidget::currentRowChanged, action,
            [this, action, id](int row) { action->setChecked(m_screenIds.value(row) == id); });
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    return true;
}

bool MainWindow::showScreen(const QString& id)
{
    const auto index = m_screenIds.indexOf(id);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(static_cast<int>(index));
    return true;
}

QString MainWindow::currentScreen() const
{
    return m_screenIds.value(m_navigation->currentRow());
}

QStringList MainWindow::screenIds() const
{
    return m_screenIds;
}

QWidget* MainWindow::screen(const QString& id) const
{
    const auto index = m_screenIds.indexOf(id);
    return index < 0 ? nullptr : m_screens->widget(static_cast<int>(index));
}

QString MainWindow::selectedFamily() const
{
    return m_familyActions->selectedFamily();
}

bool MainWindow::isShowingStartPage() const
{
    return m_pages->currentWidget() == m_startPage;
}

bool MainWindow::openFile(const QString& path)
{
    return openLocation(StoreLocation::fromText(path));
}

bool MainWindow::openLocation(const StoreLocation& location)
{
    // A server that still wants a password: the keychain's, else asked here.
    SignInResult signIn = signInToCoop(
        location, m_settings.userName(), PasswordKeychain(),
        [this](const PasswordRequest& request) { return askServerPassword(this, request); });
    if (signIn.cancelled)
        return false;
    CoopSession::OpenResult& result = signIn.opened;
    if (!result.session) {
        const QString details = withAdvice(result.error.message, result.error.advice);
        if (location.isServer()) {
            MessageBox::critical(
                this, tr("Cannot Open Shared Co-op"),
                tr("CoopDesk could not open the co-op on “%1”.").arg(location.toString()), details);
            return false;
        }
        const QString path = location.filePath();
        MessageBox::critical(this, tr("Cannot Open Co-op File"),
                             tr("CoopDesk could not open “%1”.").arg(QFileInfo(path).fileName()),
                             details);
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
            refreshRecentFiles();
        }
        return false;
    }
    openSession(std::move(result.session));
    showKeychainProblem(signIn.keychainProblem);
    return true;
}

void MainWindow::openSession(std::unique_ptr<CoopSession> session)
{
    if (!session)
        return;
    m_settings.addRecentFile(session->recentEntry());
    setSession(std::move(session));
    refreshRecentFiles();
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(m_settings.userName(), this);
    if (dialog.exec() == QDialog::Accepted) {
        openSession(dialog.takeSession());
        showKeychainProblem(dialog.keychainProblem());
    }
}

void MainWindow::showKeychainProblem(const QString& problem)
{
    if (!problem.isEmpty())
        m_statusBar->showMessage(problem, 15000);
}

bool MainWindow::createCoop(const QString& path)
{
    CoopSession::OpenResult result = CoopSession::create(path, m_settings.userName());
    if (!result.session) {
        const QString details = withAdvice(result.error.message, result.error.advice);
        MessageBox::critical(this, tr("Cannot Create Co-op File"),
                             tr("CoopDesk could not create “%1”.").arg(QFileInfo(path).fileName()),
                             details);
        return false;
    }
    m_settings.addRecentFile(result.session->path());
    setSession(std::move(result.session));
    refreshRecentFiles();
    return true;
}

bool MainWindow::openLastFile()
{
    const QStringList recent = m_settings.recentFiles();
    if (recent.isEmpty()) {
        updateForSession();
        return false;
    }
    return openFile(recent.first());
}

void MainWindow::closeFile()
{
    setSession(nullptr);
}

void MainWindow::closeFileWithoutBackup()
{
    setSession(nullptr, false);
}

void MainWindow::newCoop()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Co-op"), QDir(documentsFolder()).filePath(tr("My co-op.coop")),
        tr("Co-op files (*.coop)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".coop");
    createCoop(path);
}

void MainWindow::openCoop()
{
    const QString start = m_session && !m_session->isServer()
                              ? QFileInfo(m_session->path()).absolutePath()
                              : documentsFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Co-op"), start,
                                                      tr("Co-op files (*.coop);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openDemoCoop()
{
    const QString path = demoCoopPath();
    if (!QFileInfo::exists(path)) {
        QString error;
        if (!DemoCoopDialog::generate(this, path, defaultDemoOptions(), m_settings.userName(),
                                      &error)) {
            if (!error.isEmpty())
                MessageBox::critical(this, tr("Demo Co-op"),
                                     tr("CoopDesk could not make the demo co-op."), error);
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyPreferences();
    if (dialog.languageChanged())
        m_statusBar->showMessage(tr("The new language applies when CoopDesk restarts."), 8000);
}

void MainWindow::applyPreferences()
{
    if (m_session)
        m_session->setUserId(m_settings.userName());
    if (m_backups)
        m_backups->setKeep(m_settings.backupsToKeep());
    updateUserText();
    m_overview->refresh();
    if (m_families)
        m_families->setCurrencyCode(currencyCode());
    emit preferencesApplied();
}

QString MainWindow::aboutText() const
{
    QString text =
        tr("<h3>CoopDesk %1</h3>"
           "<p>Families, payments and engagement for homeschool co-ops.</p>"
           "<p>Qt %2 (built with Qt %3)<br>SQLite %4</p>"
           "<p>License: GPL-3.0-or-later</p>")
            .arg(QString::fromLatin1(appVersion), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(sqlite3_libversion()));
    if (m_session && m_session->serverInfo())
        text += tr("<p>Shared co-op on PostgreSQL %1 (%2)</p>")
                    .arg(m_session->serverInfo()->version.toHtmlEscaped(),
                         serverAddress(*m_session->serverInfo()).toHtmlEscaped());
    return text;
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About CoopDesk"), aboutText());
}

void MainWindow::setSelectedFamily(const QString& familyId)
{
    showMenuFamily(familyId);
    if (familyId == m_reportedFamily)
        return;
    m_reportedFamily = familyId;
    emit selectedFamilyChanged(familyId);
}

void MainWindow::showMenuFamily(const QString& familyId)
{
    if (familyId == m_familyActions->selectedFamily())
        return;
    m_familyActions->setSelectedFamily(familyId);
    m_statusBar->setSelectedFamily(familyId);
}

void MainWindow::currentScreenChanged()
{
    // Never a family left selected on another screen: the one this screen
    // shows selected, if it has such a thing.
    QWidget* current = m_screens->currentWidget();
    const QVariant family = current ? current->property("selectedFamily") : QVariant();
    showMenuFamily(family.isValid() ? family.toString() : QString());
}

void MainWindow::setProjectionStatus(qint64 head, qint64 lagEvents, qint64 lagMs)
{
    m_statusBar->setProjectionStatus(head, lagEvents, lagMs);
}

CommandDialog* MainWindow::openCommandDialog(CommandType type)
{
    return openCommandDialog(type, m_familyActions->selectedFamily());
}

CommandDialog* MainWindow::openCommandDialog(CommandType type, const QString& familyId)
{
    if (!m_session)
        return nullptr;
    auto* dialog = new CommandDialog(&m_session->bus(), m_session->queries(), type,
                                     type == CommandType::EnrollFamily ? QString() : familyId,
                                     currencyCode(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What the family's page has selected for it (the payment to void).
    const QJsonObject preset = m_familyActions->preset(type, dialog->familyId());
    for (auto it = preset.begin(); it != preset.end(); ++it)
        dialog->setFieldValue(it.key(), it.value());
    connect(dialog, &CommandDialog::commandAccepted, this, &MainWindow::onCommandAccepted);
    dialog->open();
    return dialog;
}

void MainWindow::onCommandAccepted(const CommandResult& result)
{
    if (result.command == commandSpec(CommandType::EnrollFamily).name)
        setSelectedFamily(result.familyId);
    const CommandSpec* spec = findCommandSpec(result.command);
    const QString what = spec ? CodeLabels::eventType(spec->eventType) : result.command;
    m_statusBar->showMessage(tr("Saved: %1 (family %2, position %3)")
                                 .arg(what, result.familyId, QLocale().toString(result.position)),
                             8000);
    emit commandAccepted(result);
}

void MainWindow::setSession(std::unique_ptr<CoopSession> session, bool backUpTheClosedOne)
{
    const auto dialogs = findChildren<CommandDialog*>();
    for (CommandDialog* dialog : dialogs)
        dialog->discard(); // its file is going: nothing there to save into
    if (m_session) {
        m_overview->setSession(nullptr);
        if (m_families)
            m_families->setSession(nullptr);
        emit sessionClosed();
        if (backUpTheClosedOne)
            backUpOnClose();
        m_session.reset();
    }
    m_session = std::move(session);
    setSelectedFamily({});
    m_statusBar->clearProjectionStatus();
    updateForSession();
    if (m_session) {
        connect(m_session.get(), &CoopSession::projectionStatusChanged, this,
                &MainWindow::setProjectionStatus);
        connect(m_session.get(), &CoopSession::serverUnreachable, m_statusBar,
                &SessionStatusBar::showServerUnreachable);
        connect(m_session.get(), &CoopSession::serverReachable, m_statusBar,
                &SessionStatusBar::showServerConnected);
        connect(m_session.get(), &CoopSession::viewsFileReplaced, this,
                [this](const QString& viewsPath) {
                    m_statusBar->showMessage(
                        tr("The read models' file was deleted or replaced while open; CoopDesk "
                           "now uses %1 and is bringing it up to date.")
                            .arg(viewsPath),
                        15000);
                });
        m_overview->setSession(m_session.get());
        showFamiliesScreen();
        emit sessionOpened(m_session.get());
    }
}

// The Families screen comes with the first file opened, first in the
// navigation, and stays for the files opened after it.
void MainWindow::showFamiliesScreen()
{
    if (!m_families) {
        m_families = new FamiliesScreen(m_familyActions, this);
        connect(m_families, &FamiliesScreen::familySelected, this, &MainWindow::setSelectedFamily);
        connect(this, &MainWindow::selectedFamilyChanged, m_families,
                &FamiliesScreen::selectFamily);
        addScreen(QStringLiteral("families"), tr("Families"),
                  style()->standardIcon(QStyle::SP_DirHomeIcon), m_families, 0);
        // The family's page offers its statement beside its title.
        if (auto* statement = findChild<FamilyStatementAction*>())
            m_families->detail()->addPageAction(statement);
        showScreen(QStringLiteral("families"));
    }
    m_families->setCurrencyCode(currencyCode());
    m_families->setSession(m_session.get());
}

void MainWindow::updateForSession()
{
    const bool open = m_session != nullptr;
    const bool readOnly = open && m_session->isReadOnly();
    m_pages->setCurrentWidget(open ? m_workspace : m_startPage);
    m_closeAction->setEnabled(open);
    m_familyActions->setWritable(open && !readOnly,
                                 readOnly ? m_session->readOnlyReason() : QString());
    updateUserText();
    if (open && m_session->serverInfo())
        m_statusBar->setServer(serverAddress(*m_session->serverInfo()), readOnly);
    else
        m_statusBar->setFile(open ? m_session->path() : QString(), readOnly);
    if (readOnly)
        m_readOnlyBanner->showMessage(MessageBar::Level::Hint, m_session->readOnlyReason());
    else
        m_readOnlyBanner->clear();
    if (!open)
        setWindowTitle(tr("CoopDesk"));
    else if (readOnly)
        setWindowTitle(tr("%1 (read-only) — CoopDesk").arg(m_session->displayName()));
    else
        setWindowTitle(tr("%1 — CoopDesk").arg(m_session->displayName()));
    setWindowFilePath(open ? m_session->path() : QString());
}

void MainWindow::updateUserText()
{
    // On a server the role signed in records events; the preference does not apply.
    if (m_session && m_session->serverInfo())
        m_statusBar->setSignedInRole(m_session->serverInfo()->role);
    else
        m_statusBar->setUser(m_settings.userName());
}

void MainWindow::refreshRecentFiles()
{
    const QStringList files = m_settings.recentFiles();
    m_recentMenu->setFiles(files);
    m_startPage->setRecentFiles(files);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace coopdesk

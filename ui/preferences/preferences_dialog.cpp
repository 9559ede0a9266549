#include "preferences_dialog.h"

#include "backup/automatic_backups.h"
#include "i18n/app_translations.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"

#include "widgets/message_box.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

QString openCoopPath(QWidget* parent)
{
    const auto* window = qobject_cast<MainWindow*>(parent);
    return window && window->session() ? window->session()->path() : QString();
}

// Where the window keeps its automatic backups; the app's folder when it
// keeps none (a window made by a test).
QString backupsFolderOf(QWidget* parent)
{
    const auto* window = qobject_cast<MainWindow*>(parent);
    return window && window->automaticBackups() ? window->automaticBackups()->folder()
                                                : AutomaticBackups::defaultFolder();
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : PreferencesDialog(settings, openCoopPath(parent), parent)
{}

PreferencesDialog::PreferencesDialog(AppSettings& settings, const QString& coopPath,
                                     QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_user(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_restartNote(new QLabel(this))
    , m_coopName(new QLineEdit(this))
    , m_backupsFolder(new QLineEdit(this))
    , m_openBackupsFolder(new QPushButton(tr("&Open Folder"), this))
    , m_backupsToKeep(new QSpinBox(this))
    , m_coopPath(coopPath)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    setMinimumWidth(500); // room for the backups folder's path

    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setText(settings.userName());
    m_user->setPlaceholderText(AppSettings::systemUserName());
    m_user->setMaxLength(100);
    m_user->setToolTip(tr("Recorded as the author of every change you make. Leave empty to "
                          "use your system user name (%1).")
                           .arg(AppSettings::systemUserName()));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Each language in its own words, as language menus usually do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_initialLanguage = settings.language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));

    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setText(settings.currencyCode());
    m_currency->setPlaceholderText(AppSettings::localeCurrencyCode());
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("The three-letter code (ISO 4217) shown with amounts, such as "
                              "USD or EUR."));

    m_coopName->setObjectName(QStringLiteral("coopName"));
    m_coopName->setMaxLength(100);
    if (coopPath.isEmpty()) {
        m_coopName->setEnabled(false);
        m_coopName->setPlaceholderText(tr("No co-op is open"));
    } else {
        const QString fileName = AppSettings::fileCoopName(coopPath);
        m_coopName->setText(settings.coopName(coopPath));
        m_coopName->setPlaceholderText(fileName);
        m_coopName->setToolTip(tr("The name of this co-op, the title of its payments report. "
                                  "Leave empty to use the file's name (%1).")
                                   .arg(fileName));
    }

    // Said where the language is chosen, and said again, in bold and by
    // name, as soon as another one is picked (DECISIONS: no live switch).
    m_restartNote->setWordWrap(true);
    m_restartNote->setAlignment(Qt::AlignLeft | Qt::AlignTop); // right under the list
    m_restartNote->setObjectName(QStringLiteral("restartNote"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("Co-op &name:"), m_coopName);

    m_backupsFolder->setObjectName(QStringLiteral("backupsFolder"));
    m_backupsFolder->setReadOnly(true);
    m_backupsFolder->setText(QDir::toNativeSeparators(backupsFolderOf(parent)));
    m_backupsFolder->setCursorPosition(0);
    m_backupsFolder->setToolTip(m_backupsFolder->text());
    m_openBackupsFolder->setObjectName(QStringLiteral("openBackupsFolder"));
    connect(m_openBackupsFolder, &QPushButton::clicked, this,
            &PreferencesDialog::openBackupsFolder);
    m_backupsToKeep->setObjectName(QStringLiteral("backupsToKeep"));
    m_backupsToKeep->setRange(1, AutomaticBackups::maxKeep);
    m_backupsToKeep->setValue(settings.backupsToKeep());
    m_backupsToKeep->setToolTip(tr("CoopDesk backs up a co-op when it closes it, at most once a "
                                   "day, and removes the oldest backups beyond this number."));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupsFolder, 1);
    folderRow->addWidget(m_openBackupsFolder);
    auto* backupsForm = new QFormLayout;
    backupsForm->addRow(tr("Folder:"), folderRow);
    backupsForm->addRow(tr("Backups to &keep:"), m_backupsToKeep);
    auto* backups = new QGroupBox(tr("Automatic backups"), this);
    backups->setLayout(backupsForm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_currency, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_currency->text().isEmpty() || m_currency->text().size() == 3);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(backups);
    layout->addStretch();
    layout->addWidget(buttons);
    updateState();
}

QString PreferencesDialog::chosenLanguageName() const
{
    const QString choice = m_language->currentData().toString();
    if (choice != QLatin1String("system"))
        return m_language->currentText();
    const int resolved = m_language->findData(AppTranslations::resolve(choice));
    return tr("The system language (%1)").arg(m_language->itemText(resolved));
}

bool PreferencesDialog::choiceNeedsRestart() const
{
    // The language CoopDesk runs in: AppTranslations::install() makes the
    // default locale speak it. "System language" and the language it
    // stands for are the same choice.
    QString running = QStringLiteral("en");
    for (const QString& code : AppTranslations::supportedLanguages()) {
        if (QLocale(code).language() == QLocale().language())
            running = code;
    }
    return AppTranslations::resolve(m_language->currentData().toString()) != running;
}

void PreferencesDialog::updateState()
{
    const bool restart = choiceNeedsRestart();
    m_restartNote->setText(
        restart ? tr("%1 applies the next time CoopDesk starts: close CoopDesk and open it "
                     "again.")
                      .arg(chosenLanguageName())
                : tr("The language applies the next time CoopDesk starts."));
    QFont font = m_restartNote->font();
    font.setBold(restart);
    m_restartNote->setFont(font);
}

QString PreferencesDialog::restartNoteText() const
{
    return m_restartNote->text();
}

bool PreferencesDialog::restartNoteStressed() const
{
    return m_restartNote->font().bold();
}

void PreferencesDialog::accept()
{
    m_settings.setUserName(m_user->text());
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_initialLanguage;
    m_settings.setLanguage(language);
    m_settings.setCurrencyCode(m_currency->text());
    if (!m_coopPath.isEmpty())
        m_settings.setCoopName(m_coopPath, m_coopName->text());
    m_settings.setBackupsToKeep(m_backupsToKeep->value());
    QDialog::accept();
}

void PreferencesDialog::openBackupsFolder()
{
    const QString folder = QDir::fromNativeSeparators(m_backupsFolder->text());
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        MessageBox::warning(
            this, tr("Automatic backups"),
            tr("CoopDesk could not open the folder %1.").arg(QDir::toNativeSeparators(folder)));
}

} // namespace coopdesk

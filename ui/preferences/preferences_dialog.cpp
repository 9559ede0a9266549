#include "preferences_dialog.h"

#include "settings/app_settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace coopdesk {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_user(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    setMinimumWidth(440);

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

    m_restartNote->setWordWrap(true);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("A new language applies the next time CoopDesk starts."));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Currency:"), m_currency);

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
    layout->addStretch();
    layout->addWidget(buttons);
    updateState();
}

void PreferencesDialog::updateState()
{
    const bool changed = m_language->currentData().toString() != m_initialLanguage;
    QFont font = m_restartNote->font();
    font.setBold(changed);
    m_restartNote->setFont(font);
}

void PreferencesDialog::accept()
{
    m_settings.setUserName(m_user->text());
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_initialLanguage;
    m_settings.setLanguage(language);
    m_settings.setCurrencyCode(m_currency->text());
    QDialog::accept();
}

} // namespace coopdesk

#pragma once

#include "widgets/message_box.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QList>
#include <QPixmap>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QWidget>

#include <algorithm>

namespace coopdesk::test {

// Settings of the test alone, in a temporary folder, empty at the start.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CoopDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("coopdesk-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        clear();
    }
    static void clear() { QSettings().clear(); }

private:
    QTemporaryDir m_dir;
};

// Answers every message box with `answer` and keeps what it said.
class MessageBoxRecorder
{
public:
    MessageBoxRecorder()
    {
        MessageBox::setHandler([this](const MessageBox::Request& request) {
            m_requests << request;
            return answer;
        });
    }
    ~MessageBoxRecorder() { MessageBox::setHandler({}); }
    MessageBoxRecorder(const MessageBoxRecorder&) = delete;
    MessageBoxRecorder& operator=(const MessageBoxRecorder&) = delete;

    const QList<MessageBox::Request>& requests() const { return m_requests; }
    MessageBox::Request last() const { return m_requests.value(m_requests.size() - 1); }
    void clear() { m_requests.clear(); }

    QMessageBox::StandardButton answer = QMessageBox::Ok;

private:
    QList<MessageBox::Request> m_requests;
};

// The first shown column of `table` narrower than its contents or its
// title, as "column 1: 40 < 126"; empty when every column fits.
inline QString columnCutShort(const QTableView& table)
{
    const QHeaderView& header = *table.horizontalHeader();
    const QAbstractItemView& view = table;
    for (int column = 0; column < header.count(); ++column) {
        if (table.isColumnHidden(column))
            continue;
        const int needed = std::max(view.sizeHintForColumn(column), header.sectionSizeHint(column));
        if (table.columnWidth(column) < needed)
            return QStringLiteral("column %1: %2 < %3")
                .arg(column)
                .arg(table.columnWidth(column))
                .arg(needed);
    }
    return {};
}

// A picture of `widget` as NAME.png in $COOPDESK_SCREENSHOT_DIR, when it is
// set; false if the picture could not be taken or saved.
inline bool saveScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap picture = widget.grab();
    const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    return !picture.isNull() &&
           (folder.isEmpty() || picture.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace coopdesk::test

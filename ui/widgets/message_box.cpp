#include "message_box.h"

#include <QWidget>

#include <cstdio>

namespace coopdesk {

namespace {

MessageBox::Handler& handler()
{
    static MessageBox::Handler installed;
    return installed;
}

QMessageBox::Icon iconOf(MessageBox::Kind kind)
{
    switch (kind) {
    case MessageBox::Kind::Information:
    case MessageBox::Kind::About:
        return QMessageBox::Information;
    case MessageBox::Kind::Warning:
        return QMessageBox::Warning;
    case MessageBox::Kind::Critical:
        return QMessageBox::Critical;
    case MessageBox::Kind::Question:
        return QMessageBox::Question;
    }
    return QMessageBox::NoIcon;
}

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget* parent, const Request& request)
{
    if (handler())
        return handler()(request);
    if (request.kind == Kind::About) {
        QMessageBox::about(parent, request.title, request.text);
        return QMessageBox::Ok;
    }
    QMessageBox box(iconOf(request.kind), request.title, request.text, request.buttons, parent);
    box.setInformativeText(request.details);
    if (request.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(request.defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                             const QString& details)
{
    show(parent, {Kind::Information, title, text, details});
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                         const QString& details)
{
    show(parent, {Kind::Warning, title, text, details});
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                          const QString& details)
{
    show(parent, {Kind::Critical, title, text, details});
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, {Kind::About, title, text, {}});
}

bool MessageBox::ask(QWidget* parent, const QString& title, const QString& text,
                     const QString& details)
{
    return show(parent, {Kind::Question, title, text, details, QMessageBox::Yes | QMessageBox::No,
                         QMessageBox::No}) == QMessageBox::Yes;
}

void MessageBox::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

void MessageBox::printOnStandardError()
{
    setHandler([](const Request& request) {
        std::fprintf(stderr, "%s: %s %s\n", qPrintable(request.title), qPrintable(request.text),
                     qPrintable(request.details));
        return QMessageBox::Ok;
    });
}

} // namespace coopdesk

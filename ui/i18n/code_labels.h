#pragma once

#include "domain/command_catalog.h"

#include <QCoreApplication>
#include <QString>

namespace coopdesk {

// Words for people for the codes core uses (ARCHITECTURE rule 11: codes
// stay codes in core and are translated here): commands, their fields,
// enum values, error codes, event types, risk tiers and family statuses.
class CodeLabels
{
    Q_DECLARE_TR_FUNCTIONS(CodeLabels)

public:
    static QString commandTitle(CommandType type);       // "Receive Payment"
    static QString commandMenuText(CommandType type);    // "Receive &Payment…"
    static QString commandDescription(CommandType type); // one sentence, for tips

    // The label of a command's field; a few depend on the command
    // ("date" is the payment date in ReceivePayment).
    static QString fieldLabel(CommandType type, const QString& field);

    // An enum value of a field (contact channels, payment methods).
    static QString choiceLabel(const QString& field, const QString& code);
    static QString contactChannel(const QString& code);
    static QString paymentMethod(const QString& code);

    static QString errorCode(const QString& code);
    static QString eventType(const QString& type);
    static QString riskTier(const QString& tier);
    static QString familyStatus(const QString& status);

    // The at-risk view's recommended_intervention (SPEC 4.4): a short
    // label ("Coordinator call within 48 h") and what it asks for.
    static QString intervention(const QString& code);
    static QString interventionAdvice(const QString& code);

    // Read-model projections (SPEC 4.6): their names and statuses.
    static QString projectionName(const QString& name);
    static QString projectionStatus(const QString& status);
};

} // namespace coopdesk

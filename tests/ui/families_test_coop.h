#pragma once

// A co-op for the Families and family detail tests: a TempCoop with short
// helpers for its commands, and its read models brought to the head on
// demand (a Projector in the test's thread) for a QueryService.

#include "projections/projector.h"
#include "queries/query_service.h"
#include "temp_coop.h"

#include <QLocale>
#include <QTest>

#include <memory>

namespace coopdesk::test {

class FamiliesTestCoop : public TempCoop
{
public:
    void ok(const QString& command, const QJsonObject& fields)
    {
        const CommandResult result = run(cmd(command, fields));
        if (!result.ok)
            m_rejected << command;
    }
    void enrollFamily(const QString& id, const QString& name,
                      const QString& date = QStringLiteral("2024-09-01"),
                      const QJsonObject& more = {})
    {
        QJsonObject fields = more;
        fields.insert(QStringLiteral("family_id"), id);
        fields.insert(QStringLiteral("family_name"), name);
        fields.insert(QStringLiteral("enrollment_date"), date);
        ok(QStringLiteral("EnrollFamily"), fields);
    }
    void charge(const QString& id, const QString& chargeId, const QString& month, qint64 cents,
                const QString& due)
    {
        ok(QStringLiteral("ChargeTuition"), {{QStringLiteral("family_id"), id},
                                             {QStringLiteral("charge_id"), chargeId},
                                             {QStringLiteral("month"), month},
                                             {QStringLiteral("amount_cents"), cents},
                                             {QStringLiteral("due_date"), due}});
    }
    void pay(const QString& id, qint64 cents, const QString& date,
             const QString& method = QStringLiteral("card"))
    {
        ok(QStringLiteral("ReceivePayment"), {{QStringLiteral("family_id"), id},
                                              {QStringLiteral("amount_cents"), cents},
                                              {QStringLiteral("date"), date},
                                              {QStringLiteral("payment_method"), method}});
    }
    void risk(const QString& id, int score)
    {
        ok(QStringLiteral("UpdateRiskScore"),
           {{QStringLiteral("family_id"), id}, {QStringLiteral("new_score"), score}});
    }
    void withdraw(const QString& id, const QString& date = QStringLiteral("2025-01-10"))
    {
        ok(QStringLiteral("WithdrawFamily"),
           {{QStringLiteral("family_id"), id}, {QStringLiteral("date"), date}});
    }

    // Brings the read models to the head; false when a command was rejected.
    bool project()
    {
        Projector projector(location(), clock());
        projector.open();
        projector.catchUp();
        if (!m_rejected.isEmpty())
            qWarning() << "rejected:" << m_rejected;
        return m_rejected.isEmpty() && projector.projectedPosition() == store().headPosition();
    }
    QueryService& queries()
    {
        if (!m_queries)
            m_queries = std::make_unique<QueryService>(location());
        return *m_queries;
    }

private:
    QStringList m_rejected;
    std::unique_ptr<QueryService> m_queries;
};

// Numbers and dates as in the United States, whatever the machine's locale.
inline void useEnglishLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace coopdesk::test

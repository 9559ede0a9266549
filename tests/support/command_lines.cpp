#include "command_lines.h"

namespace coopdesk::test {

QByteArray enrollLine(const QString& familyId)
{
    return QStringLiteral("{\"command\":\"EnrollFamily\",\"family_id\":\"%1\",\"family_name\":"
                          "\"Family %1\",\"enrollment_date\":\"2024-09-01\"}\n")
        .arg(familyId)
        .toUtf8();
}

QByteArray familyLines(const QString& prefix, int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i) {
        const QString family = QStringLiteral("%1-f%2").arg(prefix).arg(i / 3);
        if (i % 3 == 0)
            lines += enrollLine(family);
        else if (i % 3 == 1)
            lines +=
                QStringLiteral("{\"command\":\"AddChild\",\"command_id\":\"child-%1\","
                               "\"family_id\":\"%1\",\"child_name\":\"Kid\",\"child_age\":9}\n")
                    .arg(family)
                    .toUtf8();
        else
            lines += QStringLiteral("{\"command\":\"RecordLogin\",\"family_id\":\"%1\","
                                    "\"date\":\"2024-10-01\"}\n")
                         .arg(family)
                         .toUtf8();
    }
    return lines;
}

} // namespace coopdesk::test

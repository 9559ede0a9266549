#pragma once

#include "io/demo_random.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace coopdesk::demo {

struct Household
{
    QString familyName; // "Nguyen Family", "García-López Family"
    QString parentName;
    QString email;        // unique in the co-op, at example.org/.com/.net
    QString phone;        // "(503) 555-0142": the fictional 555-01xx range
    QStringList children; // given names, none twice in a family
};

// Makes the demo's households. Surnames are dealt from a shuffled deck of
// every surname, dealt again (reshuffled) only once all have been used, so
// a family name repeats only when the co-op has more families than the
// deck has surnames, and then as evenly as can be; some households (a
// quarter of the Hispanic ones, one in twenty of the others) join two
// surnames. Parent names and e-mail addresses never repeat.
class People
{
public:
    explicit People(Random& random);

    Household household(int children);

    // Distinct single surnames in the deck.
    qsizetype surnameCount() const { return m_surnames.size(); }

private:
    struct Surname
    {
        QString name;
        int group = 0;
    };

    const Surname& dealt();
    QString compound(const Surname& first);
    QString parent(int group, const QString& surname, QString* first);
    QString email(const QString& given, const QString& surname);
    QString phone();
    QString given(int group, bool child);

    Random& m_random;
    QList<Surname> m_surnames; // every surname once, in list order
    QList<int> m_deck;         // indexes into m_surnames, shuffled
    qsizetype m_dealt = 0;
    QSet<QString> m_familyNames;
    QSet<QString> m_parents;
    QSet<QString> m_emails;
    QSet<QString> m_phones;
};

} // namespace coopdesk::demo

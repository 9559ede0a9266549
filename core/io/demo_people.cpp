#include "demo_people.h"

#include "io/demo_names.h"

namespace coopdesk::demo {

namespace {

// nameGroups()'s order: Anglo-American first, Hispanic second.
constexpr int hispanicGroup = 1;

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// A name as an e-mail address writes it: lower-case ASCII, accents
// dropped ("Dąbrowski" → "dabrowski", "Weiß" → "weiss"), spaces and
// apostrophes gone, hyphens kept.
QString mailboxPart(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128) {
            if (c.isLetterOrNumber() || c == u'-')
                out += c.toLower();
            continue;
        }
        switch (c.unicode()) {
        case 0x00DF:
            out += QStringLiteral("ss");
            break; // ß
        case 0x00E6:
            out += QStringLiteral("ae");
            break; // æ
        case 0x00F8:
        case 0x00D8:
            out += u'o';
            break; // ø
        case 0x0110:
        case 0x0111:
            out += u'd';
            break; // đ
        case 0x0131:
            out += u'i';
            break; // dotless ı
        case 0x0141:
        case 0x0142:
            out += u'l';
            break; // ł
        default:
            break; // combining marks and the rest
        }
    }
    return out;
}

} // namespace

People::People(Random& random)
    : m_random(random)
{
    QSet<QString> seen;
    const auto groups = nameGroups();
    for (int group = 0; group < static_cast<int>(groups.size()); ++group) {
        for (const char* surname : groups[group].surnames) {
            const QString name = utf8(surname);
            if (!seen.contains(name)) { // the first group a name is listed in
                seen.insert(name);
                m_surnames.append({name, group});
            }
        }
    }
    for (int i = 0; i < m_surnames.size(); ++i)
        m_deck.append(i);
    m_dealt = m_deck.size(); // shuffled on the first deal
}

const People::Surname& People::dealt()
{
    if (m_dealt == m_deck.size()) {
        // Fisher–Yates with the demo's own draws: the same on every platform.
        for (qsizetype i = m_deck.size() - 1; i > 0; --i)
            std::swap(m_deck[i], m_deck[m_random.between(0, static_cast<int>(i))]);
        m_dealt = 0;
    }
    return m_surnames[m_deck[m_dealt++]];
}

QString People::compound(const Surname& first)
{
    const auto groups = nameGroups();
    for (int attempt = 0; attempt < 5; ++attempt) {
        const bool sameGroup = m_random.chance(80);
        const auto& from = sameGroup
                               ? groups[first.group]
                               : groups[m_random.between(0, static_cast<int>(groups.size()) - 1)];
        const QString second = utf8(m_random.pick(from.surnames));
        if (second == first.name || second.contains(u'-'))
            continue;
        const QString name = first.name + u'-' + second;
        if (!m_familyNames.contains(name))
            return name;
    }
    return {};
}

QString People::given(int group, bool child)
{
    const auto groups = nameGroups();
    // Most households keep to the names of their surname's origin; some
    // do not (mixed families, naming fashions).
    const auto& from = m_random.chance(child ? 70 : 80)
                           ? groups[group]
                           : groups[m_random.between(0, static_cast<int>(groups.size()) - 1)];
    return utf8(m_random.pick(child ? from.children : from.parents));
}

QString People::parent(int group, const QString& surname, QString* first)
{
    QString name;
    for (int attempt = 0; attempt < 12; ++attempt) {
        *first = given(group, false);
        if (*first == surname)
            continue;
        name = *first + u' ' + surname;
        if (!m_parents.contains(name))
            break;
        // A middle initial tells two parents of the same name apart.
        name =
            *first + u' ' + QChar(u'A' + m_random.between(0, 25)) + QStringLiteral(". ") + surname;
        if (!m_parents.contains(name))
            break;
    }
    if (name.isEmpty())
        name = *first + u' ' + surname;
    m_parents.insert(name);
    return name;
}

QString People::email(const QString& given, const QString& surname)
{
    const QString first = mailboxPart(given);
    const QString last = mailboxPart(surname);
    const int style = m_random.between(1, 100);
    const QString local = style <= 55   ? QString(first + u'.' + last)
                          : style <= 75 ? QString(first + last)
                          : style <= 90 ? QString(first.left(1) + last)
                                        : QString(first + u'_' + last);
    const int domain = m_random.between(1, 100);
    const QString at = domain <= 60   ? QStringLiteral("@example.org")
                       : domain <= 85 ? QStringLiteral("@example.com")
                                      : QStringLiteral("@example.net");
    QString address = local + at;
    for (int n = 2; m_emails.contains(address); ++n)
        address = local + QString::number(n) + at;
    m_emails.insert(address);
    return address;
}

QString People::phone()
{
    QString number;
    for (int attempt = 0; attempt < 10; ++attempt) {
        number = QStringLiteral("(%1) 555-01%2")
                     .arg(utf8(m_random.pick(areaCodes())))
                     .arg(m_random.between(0, 99), 2, 10, QLatin1Char('0'));
        if (!m_phones.contains(number))
            break;
    }
    m_phones.insert(number);
    return number;
}

Household People::household(int children)
{
    Household household;
    const Surname& surname = dealt();
    QString familySurname = surname.name;
    // Two surnames: common in Hispanic households, now and then in others.
    if (!surname.name.contains(u'-') && m_random.chance(surname.group == hispanicGroup ? 25 : 5)) {
        const QString joined = compound(surname);
        if (!joined.isEmpty())
            familySurname = joined;
    }
    m_familyNames.insert(familySurname);
    household.familyName = familySurname + QStringLiteral(" Family");
    QString parentGiven;
    household.parentName = parent(surname.group, familySurname, &parentGiven);
    household.email = email(parentGiven, familySurname);
    household.phone = phone();
    for (int c = 0; c < children; ++c) {
        QString child;
        for (int attempt = 0; attempt < 8; ++attempt) {
            child = given(surname.group, true);
            if (!household.children.contains(child) && child != parentGiven)
                break;
        }
        household.children.append(child);
    }
    return household;
}

} // namespace coopdesk::demo

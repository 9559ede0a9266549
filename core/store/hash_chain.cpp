#include "hash_chain.h"

#include <openssl/evp.h>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <memory>
#include <stdexcept>

namespace coopdesk {

namespace {

// A number as decimal text, without a QByteArray: the canonical form is
// built for every event appended or verified.
class Decimal
{
public:
    explicit Decimal(qint64 number)
        : m_end(std::to_chars(std::begin(m_digits), std::end(m_digits), number).ptr)
    {}
    QByteArrayView view() const { return QByteArrayView(m_digits, m_end - m_digits); }

private:
    char m_digits[24];
    const char* m_end;
};

void addField(QByteArray& canonical, QByteArrayView bytes)
{
    canonical += Decimal(bytes.size()).view();
    canonical += ':';
    canonical += bytes;
    canonical += '\n';
}

void addNumber(QByteArray& canonical, qint64 number)
{
    addField(canonical, Decimal(number).view());
}

// Text as UTF-8. Ids, types and timestamps are ASCII, whose UTF-8 is the
// text narrowed: written in place, without a converted copy.
void addText(QByteArray& canonical, const QString& text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        addField(canonical, text.toUtf8());
        return;
    }
    canonical += Decimal(text.size()).view();
    canonical += ':';
    const qsizetype start = canonical.size();
    canonical.resize(start + text.size());
    std::transform(text.cbegin(), text.cend(), canonical.data() + start,
                   [](QChar c) { return static_cast<char>(c.unicode()); });
    canonical += '\n';
}

// OpenSSL's SHA-256 uses the CPU's SHA extensions where there are some:
// several times faster than a portable implementation, and this runs for
// every event appended or verified.
QByteArray sha256Hex(const QByteArray& bytes)
{
    struct Free
    {
        void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
    };
    thread_local std::unique_ptr<EVP_MD_CTX, Free> context(EVP_MD_CTX_new());
    // Fetched once: EVP_sha256() alone is looked up again on every init.
    static const EVP_MD* const sha256 = [] {
        const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const auto size = static_cast<size_t>(bytes.size());
    const bool hashed = context && EVP_DigestInit_ex(context.get(), sha256, nullptr) == 1 &&
                        EVP_DigestUpdate(context.get(), bytes.constData(), size) == 1 &&
                        EVP_DigestFinal_ex(context.get(), digest, &length) == 1;
    if (!hashed)
        throw std::runtime_error("SHA-256 is not available");
    const auto* begin = reinterpret_cast<const char*>(digest);
    return QByteArray(begin, static_cast<qsizetype>(length)).toHex();
}

} // namespace

QByteArray eventHash(const QByteArray& previousHash, const RecordedEvent& event)
{
    // One buffer, hashed in one call.
    QByteArray canonical;
    canonical.reserve(event.data.size() + event.metadata.size() + 320);
    addField(canonical, previousHash);
    addNumber(canonical, event.position);
    addText(canonical, event.eventId);
    addText(canonical, event.streamId);
    addText(canonical, event.streamType);
    addNumber(canonical, event.streamVersion);
    addText(canonical, event.eventType);
    addNumber(canonical, event.schemaVersion);
    addField(canonical, event.data);
    addField(canonical, event.metadata);
    addText(canonical, event.recordedAt);
    return sha256Hex(canonical);
}

} // namespace coopdesk

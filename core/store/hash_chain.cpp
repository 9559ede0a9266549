#include "hash_chain.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace coopdesk {

namespace {

void addField(QByteArray& canonical, QByteArrayView bytes)
{
    canonical += QByteArray::number(bytes.size());
    canonical += ':';
    canonical += bytes;
    canonical += '\n';
}

void addNumber(QByteArray& canonical, qint64 number)
{
    addField(canonical, QByteArray::number(number));
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
    addField(canonical, event.eventId.toUtf8());
    addField(canonical, event.streamId.toUtf8());
    addField(canonical, event.streamType.toUtf8());
    addNumber(canonical, event.streamVersion);
    addField(canonical, event.eventType.toUtf8());
    addNumber(canonical, event.schemaVersion);
    addField(canonical, event.data);
    addField(canonical, event.metadata);
    addField(canonical, event.recordedAt.toUtf8());
    return sha256Hex(canonical);
}

} // namespace coopdesk

#include "json_syntax.h"

namespace coopdesk::json {

namespace {

class SyntaxCheck
{
public:
    explicit SyntaxCheck(QByteArrayView text)
        : m_text(text)
    {}

    bool wholeText()
    {
        skipSpace();
        if (!value(1))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool literal(QByteArrayView word)
    {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (isDigit(peek()))
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
        }
        return true;
    }

    bool string()
    {
        ++m_pos; // the opening quote
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_text.at(m_pos++));
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            const char escaped = peek();
            ++m_pos;
            if (escaped == 'u') {
                for (int i = 0; i < 4; ++i, ++m_pos) {
                    const char h = peek();
                    if (!isDigit(h) && !(h >= 'a' && h <= 'f') && !(h >= 'A' && h <= 'F'))
                        return false;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(escaped) || escaped == '\0') {
                return false;
            }
        }
        return false;
    }

    bool container(int depth, char close, bool keyed)
    {
        ++m_pos; // the opening bracket
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (keyed) {
                if (peek() != '"' || !string())
                    return false;
                skipSpace();
                if (peek() != ':')
                    return false;
                ++m_pos;
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == close) {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return false;
            ++m_pos;
            skipSpace();
        }
    }

    bool value(int depth)
    {
        if (depth > maxJsonSyntaxDepth)
            return false;
        switch (peek()) {
        case '{':
            return container(depth, '}', true);
        case '[':
            return container(depth, ']', false);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

bool isUtf8(QByteArrayView text)
{
    return text.isValidUtf8();
}

} // namespace

bool isJsonText(QByteArrayView text)
{
    return isUtf8(text) && SyntaxCheck(text).wholeText();
}

} // namespace coopdesk::json

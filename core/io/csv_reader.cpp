#include "csv_reader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace coopdesk::csv {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

// The context lupdate files these strings under and the one looked up at
// run time (a free tr() helper would be filed under the namespace).
struct Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace

Reader::Reader(QIODevice& device)
    : m_device(device)
    , m_decoder(QStringDecoder::Utf8,
                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{}

// Drops what was consumed and reads the next chunk after what is left.
bool Reader::refill()
{
    if (m_inputEnded || m_error)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + chunkBytes);
    const qint64 count = m_device.read(m_buffer.data() + kept, chunkBytes);
    m_buffer.resize(kept + std::max<qint64>(count, 0));
    if (count < 0) {
        m_error = ReadError{m_line,
                            Csv::tr("The file could not be read: %1").arg(m_device.errorString())};
        return false;
    }
    if (count == 0) {
        m_inputEnded = true;
        return false;
    }
    return true;
}

int Reader::get()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    ++m_bytesRead;
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

int Reader::peek()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

// The byte order mark: UTF-8's is skipped, UTF-16's is refused.
bool Reader::readStart()
{
    while (m_buffer.size() - m_pos < 3 && refill()) {
    }
    if (m_error)
        return false;
    const QByteArrayView start = QByteArrayView(m_buffer).sliced(m_pos);
    if (start.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
        m_bytesRead += 3;
    } else if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        fail(1, Csv::tr("The file is UTF-16 text, not UTF-8: save it as “CSV UTF-8”"));
        return false;
    }
    return true;
}

Reader::Field Reader::fail(qint64 line, const QString& message)
{
    if (!m_error)
        m_error = ReadError{line, message};
    return Field::Failed;
}

bool Reader::append(char c)
{
    if (++m_recordBytes > m_maxRecordBytes) {
        fail(m_fieldLine, Csv::tr("A record longer than %1 bytes starts on this line: is a quote "
                                  "left open?")
                              .arg(m_maxRecordBytes));
        return false;
    }
    m_field.append(c);
    return true;
}

bool Reader::next(Record& record)
{
    if (m_error)
        return false;
    if (!m_started) {
        m_started = true;
        if (!readStart())
            return false;
    }
    for (;;) {
        record.line = m_line;
        record.fields.clear();
        m_recordBytes = 0;
        const int first = peek();
        if (first < 0)
            return false;
        // An empty line is no record.
        if (first == '\n' || first == '\r') {
            get();
            if (first == '\r' && peek() == '\n')
                get();
            ++m_line;
            continue;
        }
        Field end = Field::Separator;
        while (end == Field::Separator)
            end = readField(record);
        return end != Field::Failed && !m_error;
    }
}

Reader::Field Reader::readField(Record& record)
{
    m_field.clear();
    m_fieldLine = m_line;
    const int first = get();
    const Field end = first == '"' ? readQuoted() : readUnquoted(first);
    if (end == Field::Failed || !finishField(record))
        return Field::Failed;
    return end;
}

Reader::Field Reader::readUnquoted(int c)
{
    for (;; c = get()) {
        switch (c) {
        case -1:
            return Field::EndOfInput;
        case ',':
            return Field::Separator;
        case '\n':
        case '\r':
            return endOfField(c);
        case '"':
            return fail(m_line,
                        Csv::tr("A quote inside a field that does not start with one: put the "
                                "whole field in quotes and double the quote (\"\")"));
        case 0:
            return fail(m_line, Csv::tr("The file contains a NUL byte: it is binary data, not CSV "
                                        "text"));
        default:
            if (!append(static_cast<char>(c)))
                return Field::Failed;
        }
    }
}

Reader::Field Reader::readQuoted()
{
    const qint64 startLine = m_line;
    for (;;) {
        const int c = get();
        switch (c) {
        case -1:
            return fail(startLine,
                        Csv::tr("The quoted field that starts on this line is never closed"));
        case 0:
            return fail(m_line, Csv::tr("The file contains a NUL byte: it is binary data, not CSV "
                                        "text"));
        case '"':
            if (peek() != '"')
                return endOfField(get());
            get();
            break;
        case '\n':
            ++m_line;
            break;
        case '\r':
            if (peek() != '\n')
                ++m_line;
            break;
        default:
            break;
        }
        if (!append(static_cast<char>(c)))
            return Field::Failed;
    }
}

// What may follow a field: a comma, a line break or the end of the input.
Reader::Field Reader::endOfField(int c)
{
    switch (c) {
    case -1:
        return Field::EndOfInput;
    case ',':
        return Field::Separator;
    case '\r':
        if (peek() == '\n')
            get();
        ++m_line;
        return Field::EndOfRecord;
    case '\n':
        ++m_line;
        return Field::EndOfRecord;
    case 0:
        return fail(m_line,
                    Csv::tr("The file contains a NUL byte: it is binary data, not CSV text"));
    default:
        return fail(m_line, Csv::tr("Text after the closing quote of a field: a quoted field must "
                                    "end at its closing quote, and a quote inside it is doubled "
                                    "(\"\")"));
    }
}

bool Reader::finishField(Record& record)
{
    bool ascii = true;
    for (char c : std::as_const(m_field)) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        record.fields.append(QString::fromLatin1(m_field));
        return true;
    }
    QString text = m_decoder.decode(m_field);
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        fail(m_fieldLine, Csv::tr("This line is not UTF-8 text: save the file as “CSV UTF-8”"));
        return false;
    }
    record.fields.append(std::move(text));
    return true;
}

} // namespace coopdesk::csv

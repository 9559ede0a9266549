#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

// Reading CSV as RFC 4180 describes it, from UTF-8 text, one record at a
// time (docs/IMPORT.md): fields separated by commas, records by CRLF, LF or
// a lone CR; a field in double quotes may hold commas, line breaks and
// doubled quotes. A UTF-8 byte order mark at the start is skipped; empty
// lines (before, between and after records) are skipped and counted.
//
// What is not CSV stops the reader with an error naming the line: a NUL
// byte (binary data), a UTF-16 byte order mark, bytes that are not UTF-8,
// a quote left open, text after a closing quote, a quote inside an
// unquoted field, a record longer than maxRecordBytes.
namespace coopdesk::csv {

struct Record
{
    qint64 line = 0; // the physical line (1-based) where the record starts
    QStringList fields;
};

struct ReadError
{
    qint64 line = 0;
    QString message;
};

class Reader
{
public:
    // Reads from `device`, which must be open and outlive the reader, until
    // read() returns 0: a file, a buffer, standard input (blocking reads).
    explicit Reader(QIODevice& device);
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    // The next record into `record`: false at the end of the input, or on
    // an error (then error() is set and every later call returns false).
    bool next(Record& record);

    const std::optional<ReadError>& error() const { return m_error; }

    // Bytes of the device consumed so far (for progress bars).
    qint64 bytesRead() const { return m_bytesRead; }

    // A guard against a quote left open in a large file: one record may be
    // at most this long (1 MiB by default).
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }

private:
    enum class Field { Separator, EndOfRecord, EndOfInput, Failed };

    int get();
    int peek();
    bool refill();
    bool readStart();
    Field readField(Record& record);
    Field readQuoted();
    Field readUnquoted(int first);
    Field endOfField(int c);
    bool append(char c);
    bool finishField(Record& record);
    Field fail(qint64 line, const QString& message);

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_inputEnded = false;

    qint64 m_line = 1; // the physical line of the next byte
    qint64 m_fieldLine = 1;
    QByteArray m_field;
    qsizetype m_recordBytes = 0;
    qsizetype m_maxRecordBytes = 1 << 20;
    QStringDecoder m_decoder;
    std::optional<ReadError> m_error;
};

} // namespace coopdesk::csv

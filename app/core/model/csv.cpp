#include "model/csv.h"

#include <QByteArray>
#include <QList>
#include <QStringDecoder>

#include <utility>

namespace Helpdesk {

namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

const QChar quote = QLatin1Char('"');

} // namespace

CsvReader::CsvReader(QString text, QChar separator)
    : m_text(std::move(text))
    , m_separator(separator)
{
}

bool CsvReader::skipLineBreak()
{
    const qsizetype n = m_text.size();
    if (m_pos >= n || !isLineBreak(m_text.at(m_pos)))
        return false;
    if (m_text.at(m_pos) == QLatin1Char('\r') && m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('\n'))
        ++m_pos;
    ++m_pos;
    ++m_line;
    return true;
}

bool CsvReader::readQuotedField(QString *field)
{
    const qsizetype n = m_text.size();
    ++m_pos; // the opening quote
    while (m_pos < n) {
        const QChar c = m_text.at(m_pos);
        if (c == quote) {
            if (m_pos + 1 < n && m_text.at(m_pos + 1) == quote) {
                *field += quote;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return true;
        }
        if (isLineBreak(c)) {
            // Kept as written; counted, so later records know their line.
            const qsizetype start = m_pos;
            skipLineBreak();
            *field += m_text.mid(start, m_pos - start);
            continue;
        }
        *field += c;
        ++m_pos;
    }
    return false;
}

bool CsvReader::next(Record *record)
{
    const qsizetype n = m_text.size();
    while (skipLineBreak()) {
    }
    if (m_pos >= n)
        return false;

    record->line = m_line;
    record->fields.clear();
    record->error.clear();

    for (;;) {
        QString field;
        if (m_text.at(m_pos) == quote) {
            const int quoteLine = m_line;
            const bool closed = readQuotedField(&field);
            if (!closed) {
                // Everything after the opening quote was swallowed into this
                // field; there is no telling where the records were meant to end.
                record->fields.append(field);
                record->error = tr("the quoted field that starts on line %1 is never closed, so everything after "
                                   "it was skipped")
                                    .arg(quoteLine);
                return true;
            }
            if (m_pos < n && m_text.at(m_pos) != m_separator && !isLineBreak(m_text.at(m_pos))) {
                // "24" monitor": most likely a quote that should have been doubled.
                // Give up on this line and go on with the next.
                record->fields.append(field);
                record->error = tr("text follows the closing quote of field %1; a quote inside a quoted field "
                                   "must be doubled (\"\")")
                                    .arg(record->fields.size());
                while (m_pos < n && !isLineBreak(m_text.at(m_pos)))
                    ++m_pos;
                skipLineBreak();
                return true;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && m_text.at(m_pos) != m_separator && !isLineBreak(m_text.at(m_pos)))
                ++m_pos;
            field = m_text.mid(start, m_pos - start);
        }
        record->fields.append(field);

        if (m_pos >= n)
            return true;
        if (m_text.at(m_pos) == m_separator) {
            ++m_pos;
            if (m_pos >= n) {
                record->fields.append(QString()); // "a,b," ends with an empty field
                return true;
            }
            continue;
        }
        skipLineBreak();
        return true;
    }
}

std::optional<QString> CsvReader::decodeUtf8(const QByteArray &bytes, QString *errorMessage)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(data);
    if (!decoder.hasError())
        return text;

    if (errorMessage) {
        // A line break byte never occurs inside a UTF-8 sequence, so lines can
        // be checked one by one to find the first bad one.
        int line = 1;
        qsizetype start = 0;
        while (start <= data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            QStringDecoder lineDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QString ignored = lineDecoder.decode(data.sliced(start, end - start));
            if (lineDecoder.hasError())
                break;
            ++line;
            start = end + 1;
        }
        *errorMessage = tr("The file is not UTF-8 text (the first bad byte is on line %1). Save it as “CSV UTF-8” "
                           "and try again.")
                            .arg(line);
    }
    return std::nullopt;
}

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(quote)
                             || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return quote + quoted + quote;
}

QString spreadsheetSafe(const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (value.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + value;
    default:
        return value;
    }
}

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace Helpdesk

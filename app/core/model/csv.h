#pragma once

// CSV as RFC 4180 writes it, in one place for every import and export.
// CsvReader splits text into records and remembers the physical line each one
// starts on, so an import can say "line 12" about the line a person sees in
// their editor even when a quoted field above it spans several lines.
// csvField()/csvRecord() quote what needs quoting. None of this knows what the
// columns mean, and none of it reads or writes files: callers own the bytes.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QByteArray;

namespace Helpdesk {

class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Record
    {
        int line = 0;       // physical line (from 1) the record starts on
        QStringList fields;
        // Set when the record's quoting is broken; `fields` then holds what
        // could be read, and reading goes on at the next line.
        QString error;
    };

    // Fields are separated by `separator` (a comma; a semicolon for the CSV
    // that Excel writes in locales with a decimal comma). Records end at
    // CRLF, LF or a lone CR; inside quotes line breaks are kept as they are.
    // A quote in the middle of an unquoted field is taken literally (24"
    // monitors exist), as Excel and Python's csv module do.
    explicit CsvReader(QString text, QChar separator = QLatin1Char(','));

    // The next record, or false at the end of the text. Empty lines between
    // records are no records (a one-column file writes an empty value as "").
    bool next(Record *record);

    // UTF-8 bytes as text, a byte-order mark dropped. Invalid UTF-8 (a file
    // saved as Windows-1251, say) gives nothing and a message naming the
    // first line with a bad byte: guessing the encoding would store garbage.
    static std::optional<QString> decodeUtf8(const QByteArray &bytes, QString *errorMessage);

private:
    // Consumes one line break (CRLF, LF or CR) at m_pos, if there is one.
    bool skipLineBreak();
    // Reads a quoted field from its opening quote at m_pos, undoubling quotes;
    // false when the text ends before the closing quote.
    bool readQuotedField(QString *field);

    QString m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// One field: quoted when it holds a comma, a quote or a line break, with its
// quotes doubled; anything else as it is.
QString csvField(const QString &value);
// One record: its fields through csvField(), joined by commas, ended by CRLF
// (the RFC's record separator, which every spreadsheet reads).
QString csvRecord(const QStringList &fields);
// A value for a cell a spreadsheet will open: one that starts with = + - @
// (or a tab or a carriage return, which some spreadsheets skip before looking)
// gets a leading single quote, so Excel and LibreOffice show it as text rather
// than run it as a formula (CSV injection). Use it for exports meant for
// people, before csvField(); never for files read back by a program.
QString spreadsheetSafe(const QString &value);

} // namespace Helpdesk

#pragma once

// OwnServer: a PostgreSQL server of a test's own, for tests that stop it (the
// shared server the other tests use is never disturbed). Header-only; needs
// HELPDESK_SOURCE_DIR (helpdesk_add_test defines it) and the Debian package
// `postgresql`. A server that cannot be started is an error, never a skip.

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// A PostgreSQL server of this test's own, from .ci/postgres-server. Stopped
// and its folder removed when the object goes, whatever the test did.
class OwnServer final
{
public:
    OwnServer() = default;
    OwnServer(const OwnServer &) = delete;
    OwnServer &operator=(const OwnServer &) = delete;
    ~OwnServer() { stop(); }

    // How long one call of the script may take on a busy machine.
    static constexpr int ScriptTimeoutMs = 120000;

    // Each returns an error message, empty on success.
    QString start()
    {
        QByteArray output;
        const QString problem = run({QStringLiteral("start")}, &output);
        if (!problem.isEmpty())
            return problem;
        static const QRegularExpression exportLine(QStringLiteral("^export (\\w+)='(.*)'$"),
                                                   QRegularExpression::MultilineOption);
        auto it = exportLine.globalMatch(QString::fromUtf8(output));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.captured(1) == QLatin1String("HELPDESK_TEST_PGDATA"))
                m_dataDir = match.captured(2);
            else if (match.captured(1) == QLatin1String("HELPDESK_TEST_POSTGRES"))
                m_url = match.captured(2);
        }
        if (m_dataDir.isEmpty() || m_url.isEmpty())
            return QStringLiteral("postgres-server start printed no server: ") + QString::fromUtf8(output);
        return {};
    }
    QString halt() { return run({QStringLiteral("halt"), m_dataDir}); }
    QString resume() { return run({QStringLiteral("resume"), m_dataDir}); }
    void stop()
    {
        if (!m_dataDir.isEmpty())
            run({QStringLiteral("stop"), m_dataDir});
        m_dataDir.clear();
        m_url.clear();
    }
    QString url() const { return m_url; }

private:
    static QString run(const QStringList &arguments, QByteArray *output = nullptr)
    {
        const QString script = QStringLiteral(HELPDESK_SOURCE_DIR "/.ci/postgres-server");
        const QString what = QStringLiteral("postgres-server ") + arguments.constFirst();
        QProcess process;
        process.start(script, arguments);
        if (!process.waitForFinished(ScriptTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return what + QStringLiteral(" did not finish: ") + process.errorString();
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return what + QStringLiteral(" failed (exit %1): ").arg(process.exitCode())
                + QString::fromLocal8Bit(process.readAllStandardError());
        if (output)
            *output = process.readAllStandardOutput();
        return {};
    }

    QString m_dataDir;
    QString m_url;
};

#include "passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Helpdesk {

namespace {

// QtKeychain works asynchronously (D-Bus); the wizard needs the answer before
// it can connect, so each job runs in a local event loop, bounded in time so a
// keyring that never answers cannot hang the wizard.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never QtKeychain's plain-text fallback: that would be a password in a file.
    job.setInsecureFallback(false);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

QString noAnswer()
{
    return QCoreApplication::translate("Helpdesk::PasswordStore", "the keyring did not answer");
}

// Words a person can act on; QtKeychain's own text is often just "Unknown error".
QString reason(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("Helpdesk::PasswordStore", "no keyring service is running");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("Helpdesk::PasswordStore", "the keyring refused access");
    default:
        break;
    }
    const QString text = job.errorString().trimmed();
    return text.isEmpty() || text.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0
        ? QCoreApplication::translate("Helpdesk::PasswordStore", "the keyring service cannot be reached")
        : text;
}

} // namespace

QString KeychainPasswordStore::serviceName()
{
    return QStringLiteral("helpdesk-intake");
}

PasswordStore::Result KeychainPasswordStore::read(const QString &account, QString *password, QString *error)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(account);
    if (!runJob(job)) {
        if (error)
            *error = noAnswer();
        return Result::Unavailable;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        if (password)
            *password = job.textData();
        return Result::Found;
    case QKeychain::EntryNotFound:
        return Result::NotFound;
    default:
        if (error)
            *error = reason(job);
        return Result::Unavailable;
    }
}

bool KeychainPasswordStore::write(const QString &account, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(account);
    job.setTextData(password);
    if (runJob(job) && job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.error() == QKeychain::NoError ? noAnswer() : reason(job);
    return false;
}

void KeychainPasswordStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(account);
    runJob(job);
}

} // namespace Helpdesk

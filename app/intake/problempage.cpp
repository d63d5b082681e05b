#include "problempage.h"

#include "ui_problempage.h"

#include "fieldfeedback.h"
#include "icons.h"
#include "intakewizard.h"
#include "model/taxonomy.h"
#include "triage/triage.h"

#include <QListWidgetItem>
#include <QLocale>
#include <QTextCharFormat>
#include <QTextCursor>

namespace Helpdesk {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

ProblemPage::ProblemPage(const IntakeFlow &flow, QWidget *parent)
    : IntakePage(parent)
    , m_flow(flow)
    , m_ui(std::make_unique<Ui::ProblemPage>())
{
    m_ui->setupUi(this);
    fillCategories();

    for (const QString &impact : Taxonomy::impacts())
        m_ui->impactCombo->addItem(Taxonomy::impactName(impact), impact);
    m_ui->urgencyCombo->addItem(tr("Choose how urgent it is…"), QString());
    for (const QString &urgency : Taxonomy::urgencies())
        m_ui->urgencyCombo->addItem(Taxonomy::urgencyName(urgency), urgency);

    // Wizard fields: the standard way other pages and QWizard see this page.
    registerField(QStringLiteral("problem.summary*"), m_ui->summaryEdit);
    registerField(QStringLiteral("problem.startedAt"), m_ui->startedEdit, "dateTime",
                  SIGNAL(dateTimeChanged(QDateTime)));

    connect(m_ui->categoryList, &QListWidget::itemSelectionChanged, this, &ProblemPage::onCategoryChanged);
    connect(m_ui->summaryEdit, &QLineEdit::textEdited, this, [this] {
        m_summaryTouched = true;
    });
    connect(m_ui->summaryEdit, &QLineEdit::textChanged, this, &ProblemPage::refreshFeedback);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &ProblemPage::refreshFeedback);
    connect(m_ui->startedEdit, &QDateTimeEdit::dateTimeChanged, this, &ProblemPage::refreshFeedback);
    connect(m_ui->removeSecretsButton, &QPushButton::clicked, this, &ProblemPage::removeSecrets);
    connect(m_ui->vagueConfirmCheck, &QCheckBox::toggled, this, &ProblemPage::refreshFeedback);
    connect(m_ui->joinIncidentButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_ui->incidentList->currentItem())
            emit incidentJoinRequested(item->data(IdRole).toLongLong());
    });
    connect(m_ui->incidentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit incidentJoinRequested(item->data(IdRole).toLongLong());
    });
    connect(m_ui->incidentList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->joinIncidentButton->setEnabled(row >= 0);
    });
    m_ui->incidentsBox->hide();
    m_ui->splitLabel->hide();
    for (QComboBox *combo : {m_ui->symptomCombo, m_ui->impactCombo, m_ui->urgencyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProblemPage::refreshFeedback);

    reset();
}

ProblemPage::~ProblemPage() = default;

void ProblemPage::fillCategories()
{
    for (const Category &category : Taxonomy::instance().categories()) {
        auto *item = new QListWidgetItem(bundledIcon(category.iconName),
                                         category.displayName(), m_ui->categoryList);
        item->setData(IdRole, category.id);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    // Tall enough for every category without a scroll bar at the usual width.
    m_ui->categoryList->setFixedHeight(2 * m_ui->categoryList->gridSize().height() + 2 * m_ui->categoryList->frameWidth() + 4);
}

void ProblemPage::setPriorityMatrix(const PriorityMatrix &matrix)
{
    m_priorities = matrix;
    refreshFeedback();
}

void ProblemPage::setIncidents(const QList<Incident> &incidents)
{
    m_ui->incidentList->clear();
    m_ui->incidentError->clear();
    const QLocale locale;
    for (const Incident &incident : incidents) {
        QString text = incident.title;
        if (!incident.message.isEmpty())
            text += QStringLiteral(" — ") + incident.message;
        text += QLatin1Char('\n')
            + tr("%1, since %2").arg(incident.reference(), locale.toString(incident.createdAt, QLocale::ShortFormat));
        if (incident.affectedCount > 0)
            text += QStringLiteral("; ") + tr("%n person(s) affected", nullptr, incident.affectedCount);
        auto *item = new QListWidgetItem(text, m_ui->incidentList);
        item->setData(IdRole, incident.id);
    }
    // As tall as its first two incidents; more scroll.
    int height = 2 * m_ui->incidentList->frameWidth();
    for (int row = 0; row < std::min(2, m_ui->incidentList->count()); ++row)
        height += m_ui->incidentList->sizeHintForRow(row);
    m_ui->incidentList->setFixedHeight(height);
    m_ui->incidentList->setCurrentRow(incidents.isEmpty() ? -1 : 0);
    m_ui->joinIncidentButton->setEnabled(!incidents.isEmpty());
    m_ui->incidentsBox->setVisible(!incidents.isEmpty());
}

void ProblemPage::showIncidentJoinError(const QString &message)
{
    m_ui->incidentError->setText(message);
    m_ui->joinIncidentButton->setAccessibleDescription(message);
}

int ProblemPage::nextId() const
{
    // Joined a known incident: nothing more to describe.
    if (m_flow.hasJoined())
        return IntakeWizard::DonePageId;
    return QWizardPage::nextId();
}

void ProblemPage::reset()
{
    m_ui->categoryList->setCurrentRow(-1);
    m_ui->categoryList->clearSelection();
    m_ui->summaryEdit->clear();
    m_ui->descriptionEdit->clear();
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->startedEdit->setMaximumDateTime(now.addDays(1));
    m_ui->startedEdit->setDateTime(now);
    m_ui->impactCombo->setCurrentIndex(m_ui->impactCombo->findData(QStringLiteral("me")));
    m_ui->urgencyCombo->setCurrentIndex(0);
    m_summaryTouched = false;
    m_vagueAsked = false;
    m_ui->vagueConfirmCheck->setChecked(false);
    showVagueness(false);
    onCategoryChanged();
}

QString ProblemPage::categoryId() const
{
    // Selected, not merely current: the list makes its first item current on
    // focus, and that is not a choice the person made.
    const QList<QListWidgetItem *> selected = m_ui->categoryList->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(IdRole).toString();
}

void ProblemPage::onCategoryChanged()
{
    const QString previous = m_ui->symptomCombo->currentData().toString();
    m_ui->symptomCombo->clear();
    const Category *category = Taxonomy::instance().category(categoryId());
    m_ui->symptomCombo->setEnabled(category != nullptr);
    if (category) {
        m_ui->symptomCombo->addItem(tr("Choose what happens…"), QString());
        for (const Symptom &symptom : category->symptoms)
            m_ui->symptomCombo->addItem(symptom.displayName(), symptom.id);
        // Keep a symptom that exists in the new category too ("other").
        const int index = m_ui->symptomCombo->findData(previous);
        m_ui->symptomCombo->setCurrentIndex(index > 0 ? index : 0);
    } else {
        m_ui->symptomCombo->addItem(tr("Choose a category first"), QString());
    }
    refreshFeedback();
}

void ProblemPage::writeTo(Report &report) const
{
    report.category = categoryId();
    report.symptom = m_ui->symptomCombo->currentData().toString();
    report.summary = m_ui->summaryEdit->text().trimmed();
    report.description = m_ui->descriptionEdit->toPlainText();
    report.startedAt = m_ui->startedEdit->dateTime();
    report.impact = m_ui->impactCombo->currentData().toString();
    report.urgency = m_ui->urgencyCombo->currentData().toString();
    // Shown only while the report is asked about and still vague.
    report.vague = m_ui->vagueConfirmCheck->isVisibleTo(this) && m_ui->vagueConfirmCheck->isChecked();
}

void ProblemPage::readFrom(const Report &report)
{
    m_ui->categoryList->clearSelection();
    for (int row = 0; row < m_ui->categoryList->count(); ++row) {
        QListWidgetItem *item = m_ui->categoryList->item(row);
        if (item->data(IdRole).toString() == report.category) {
            m_ui->categoryList->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
            break;
        }
    }
    onCategoryChanged();
    const int symptom = m_ui->symptomCombo->findData(report.symptom);
    if (symptom > 0)
        m_ui->symptomCombo->setCurrentIndex(symptom);
    m_ui->summaryEdit->setText(report.summary);
    m_summaryTouched = !report.summary.isEmpty();
    m_ui->descriptionEdit->setPlainText(report.description);
    if (report.startedAt.isValid())
        m_ui->startedEdit->setDateTime(report.startedAt);
    for (const auto &[combo, value] : {std::pair{m_ui->impactCombo, report.impact},
                                       std::pair{m_ui->urgencyCombo, report.urgency}}) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
    refreshFeedback();
}

QStringList ProblemPage::missing() const
{
    Report report;
    writeTo(report);
    QStringList missing;
    if (report.category.isEmpty())
        missing << tr("choose a category");
    else if (report.symptom.isEmpty())
        missing << tr("choose what happens");
    if (!FieldRules::summaryError(report.summary).isEmpty())
        missing << tr("write a summary of at least %n character(s)", nullptr, FieldRules::SummaryMin);
    if (!FieldRules::descriptionError(report.description).isEmpty())
        missing << tr("shorten the description");
    if (report.urgency.isEmpty())
        missing << tr("choose how urgent it is");
    if (!FieldRules::startedAtError(report.startedAt, QDateTime::currentDateTime()).isEmpty())
        missing << tr("correct when it started");
    if (m_hasSecrets)
        missing << tr("remove the password, PIN or card number");
    return missing;
}

void ProblemPage::refreshFeedback()
{
    const QString summary = m_ui->summaryEdit->text();
    m_ui->summaryCounter->setText(tr("%1/%2").arg(FieldRules::characterCount(summary.trimmed())).arg(FieldRules::SummaryMax));
    showFieldError(m_ui->summaryEdit, m_ui->summaryError,
                   m_summaryTouched || !summary.isEmpty() ? FieldRules::summaryError(summary) : QString());

    const QString description = m_ui->descriptionEdit->toPlainText();
    m_ui->descriptionCounter->setText(
        tr("%1 of %n character(s)", nullptr, FieldRules::DescriptionMax).arg(FieldRules::characterCount(description)));
    showFieldError(m_ui->descriptionEdit, m_ui->descriptionError, FieldRules::descriptionError(description));

    const QString expectation = m_priorities.expectationText(m_ui->impactCombo->currentData().toString(),
                                                             m_ui->urgencyCombo->currentData().toString());
    m_ui->priorityValue->setText(expectation.isEmpty() ? tr("set from who is affected and how urgent it is")
                                                       : expectation);

    checkSecrets();
    showSeveralProblems();
    // Once asked, keep the question current: a now-specific report needs no
    // confirmation any more.
    if (m_vagueAsked)
        showVagueness(true);

    const QStringList still = missing();
    m_ui->missingLabel->setText(still.isEmpty() ? QString() : tr("To continue: %1.").arg(still.join(tr(", "))));
    m_ui->missingLabel->setVisible(!still.isEmpty());
    emit completeChanged();
}

bool ProblemPage::isComplete() const
{
    return QWizardPage::isComplete() && missing().isEmpty();
}

void ProblemPage::checkSecrets()
{
    const QString summary = m_ui->summaryEdit->text();
    const QString description = m_ui->descriptionEdit->toPlainText();
    // Nothing typed yet (the page being built at start-up): the rules are not
    // loaded before there is text to check.
    const bool empty = summary.isEmpty() && description.isEmpty();
    const QList<SecretMatch> inSummary = empty ? QList<SecretMatch>() : Triage::builtIn().findSecrets(summary);
    const QList<SecretMatch> inDescription = empty ? QList<SecretMatch>() : Triage::builtIn().findSecrets(description);
    m_hasSecrets = !inSummary.isEmpty() || !inDescription.isEmpty();

    // Highlight them in the description, where they usually hide.
    QList<QTextEdit::ExtraSelection> highlights;
    for (const SecretMatch &match : inDescription) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_ui->descriptionEdit->document());
        selection.cursor.setPosition(match.start);
        selection.cursor.setPosition(match.end, QTextCursor::KeepAnchor);
        selection.format.setBackground(QColor(0xf6, 0x61, 0x51, 0x80));
        highlights.append(selection);
    }
    m_ui->descriptionEdit->setExtraSelections(highlights);

    QStringList kinds;
    for (const SecretMatch &match : inSummary + inDescription) {
        const QString name = Triage::secretKindName(match.kind);
        if (!kinds.contains(name))
            kinds.append(name);
    }
    const QString message = m_hasSecrets
        ? tr("The text seems to contain: %1. The helpdesk never needs your password or PIN; remove it before sending.")
              .arg(kinds.join(tr(", ")))
        : QString();
    showFieldError(m_ui->descriptionEdit, m_ui->secretsLabel, message);
    m_ui->removeSecretsButton->setVisible(m_hasSecrets);
}

void ProblemPage::removeSecrets()
{
    const Triage &triage = Triage::builtIn();
    const QString summary = m_ui->summaryEdit->text();
    m_ui->summaryEdit->setText(Triage::removeSecrets(summary, triage.findSecrets(summary)));
    const QString description = m_ui->descriptionEdit->toPlainText();
    const QList<SecretMatch> matches = triage.findSecrets(description);
    if (!matches.isEmpty()) {
        // Through the cursor, so Undo can bring the text back if it was not a secret.
        QTextCursor cursor(m_ui->descriptionEdit->document());
        cursor.beginEditBlock();
        for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
            cursor.setPosition(it->start);
            cursor.setPosition(it->end, QTextCursor::KeepAnchor);
            cursor.insertText(QStringLiteral("[removed]"));
        }
        cursor.endEditBlock();
    }
    m_ui->descriptionEdit->setFocus();
    refreshFeedback();
}

void ProblemPage::showVagueness(bool asked)
{
    VaguenessResult result;
    if (asked)
        result = Triage::builtIn().checkVagueness(m_ui->summaryEdit->text(), m_ui->descriptionEdit->toPlainText(),
                                                  categoryId());
    const bool show = asked && result.vague;
    m_ui->vagueLabel->setText(show ? tr("This does not yet say what exactly is wrong, so the helpdesk would have to "
                                        "call you back to ask. Please add:\n• %1")
                                         .arg(result.missing.join(QStringLiteral("\n• ")))
                                   : QString());
    m_ui->vagueLabel->setVisible(show);
    m_ui->vagueConfirmCheck->setVisible(show);
}

void ProblemPage::showSeveralProblems()
{
    const QString summary = m_ui->summaryEdit->text();
    const QString description = m_ui->descriptionEdit->toPlainText();
    // No rules are loaded before there is text (start-up time).
    const QStringList topics = summary.isEmpty() && description.isEmpty()
        ? QStringList()
        : Triage::builtIn().separateProblems(summary, description);
    QStringList names;
    for (const QString &topic : topics) {
        const Category *category = Taxonomy::instance().category(topic);
        names.append(category ? category->displayName() : topic);
    }
    m_ui->splitLabel->setText(topics.isEmpty()
                                  ? QString()
                                  : tr("This reads like separate problems: %1. One report per problem reaches the "
                                       "right person sooner — describe one here, then use “Report another problem” "
                                       "after sending for the next.")
                                        .arg(names.join(tr(", "))));
    m_ui->splitLabel->setVisible(!topics.isEmpty());
}

bool ProblemPage::validatePage()
{
    if (m_flow.hasJoined())
        return true;
    // Asked once, at Next: nagging while the person types helps nobody.
    const VaguenessResult result = Triage::builtIn().checkVagueness(
        m_ui->summaryEdit->text(), m_ui->descriptionEdit->toPlainText(), categoryId());
    if (!result.vague)
        return true;
    if (m_vagueAsked && m_ui->vagueConfirmCheck->isChecked())
        return true;
    m_vagueAsked = true;
    showVagueness(true);
    m_ui->vagueLabel->setFocus();
    m_ui->vagueConfirmCheck->setFocus();
    return false;
}

} // namespace Helpdesk

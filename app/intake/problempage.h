#pragma once

// ProblemPage: "What broke?" — category, symptom, summary, description, when it
// started, impact and urgency. It fills the problem part of a Report and says
// beside each field what is still wrong. Triage runs here: secrets (a PIN, a
// password, a card number) block the page until removed, and a vague report
// goes on only after the person explicitly confirms it. It never touches the
// database.

#include "intakepage.h"
#include "model/prioritymatrix.h"
#include "model/report.h"
#include "store/incidentstore.h"

#include <memory>

namespace Ui { class ProblemPage; }

namespace Helpdesk {

class ProblemPage final : public IntakePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemPage)
public:
    explicit ProblemPage(const IntakeFlow &flow, QWidget *parent = nullptr);
    ~ProblemPage() override;

    QString categoryId() const;
    void writeTo(Report &report) const override;
    void readFrom(const Report &report) override;
    void reset() override;
    // The organisation's matrix from the database; until it is known the
    // page shows what the ITIL defaults promise.
    void setPriorityMatrix(const PriorityMatrix &matrix);
    // Known incidents that concern this person, newest first; the box is
    // hidden when there are none.
    void setIncidents(const QList<Incident> &incidents);
    void showIncidentJoinError(const QString &message);

    bool isComplete() const override;
    int nextId() const override;
    bool validatePage() override;

signals:
    // "This is my problem too" on a known incident.
    void incidentJoinRequested(qint64 incidentId);

private:
    void fillCategories();
    void showSeveralProblems();
    void onCategoryChanged();
    void refreshFeedback();
    QStringList missing() const;
    void checkSecrets();
    void removeSecrets();
    void showVagueness(bool asked);

    const IntakeFlow &m_flow;
    std::unique_ptr<Ui::ProblemPage> m_ui;
    PriorityMatrix m_priorities = PriorityMatrix::itilDefaults();
    bool m_summaryTouched = false;
    bool m_hasSecrets = false;
    bool m_vagueAsked = false; // the person was shown what is missing
};

} // namespace Helpdesk

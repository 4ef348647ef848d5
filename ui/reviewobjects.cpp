#include "reviewobjects.h"

namespace prospector::ui {

ReviewObjects::ReviewObjects(const storage::Database &database)
    : undo(database)
    , bulkEditor(database, undo)
    , prospectEditor(database, undo)
    , noteEditor(database, undo)
    , pageSource(database)
    , table(pageSource)
    , actions(database, undo, bulkEditor, table)
    , detail(database, prospectEditor, noteEditor)
    , savedViews(database, table)
    , dashboard(database)
    , scoring(database)
    , filterValues(database) {
    // The detail pane follows the table's cursor; edits and bulk actions refresh what shows them.
    QObject::connect(&table, &ProspectTableModel::currentChanged, &detail,
                     [this] { detail.setProspectId(table.currentId()); });
    QObject::connect(&actions, &ReviewActions::prospectsChanged, &detail, &ProspectDetail::reload);
    QObject::connect(&actions, &ReviewActions::prospectsChanged, &dashboard, &DashboardModel::refresh);
    QObject::connect(&detail, &ProspectDetail::edited, &table, &ProspectTableModel::reload);
    QObject::connect(&detail, &ProspectDetail::edited, &dashboard, &DashboardModel::refresh);
    QObject::connect(&detail, &ProspectDetail::edited, &actions, &ReviewActions::refreshUndoState);
    QObject::connect(&scoring, &ScoringEditor::prospectsChanged, &table, &ProspectTableModel::reload);
    QObject::connect(&scoring, &ScoringEditor::prospectsChanged, &dashboard, &DashboardModel::refresh);
    QObject::connect(&scoring, &ScoringEditor::prospectsChanged, &detail, &ProspectDetail::reload);
    // The tier preview of the Settings page counts prospects: it is stale after any change.
    QObject::connect(&actions, &ReviewActions::prospectsChanged, &scoring,
                     &ScoringEditor::prospectsMayHaveChanged);
    QObject::connect(&detail, &ProspectDetail::edited, &scoring, &ScoringEditor::prospectsMayHaveChanged);
    QObject::connect(&scoring, &ScoringEditor::prospectsChanged, &scoring,
                     &ScoringEditor::prospectsMayHaveChanged);
    table.reload();
    scoring.load();
    savedViews.reload();
    dashboard.refresh();
}

void ReviewObjects::provide() {
    ProspectTableModel::provide(&table);
    ReviewActions::provide(&actions);
    ProspectDetail::provide(&detail);
    SavedViewsModel::provide(&savedViews);
    DashboardModel::provide(&dashboard);
    ScoringEditor::provide(&scoring);
    FilterValueSource::provide(&filterValues);
}

} // namespace prospector::ui

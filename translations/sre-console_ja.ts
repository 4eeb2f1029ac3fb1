<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BudgetReport</name>
    <message>
        <location filename="../models/reports/budgetreport.cpp" line="+266"/>
        <source>Error-budget review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>**Workspace:** %1  
**Period:** %2%3  
**Generated:** %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLO</source>
        <translation type="unfinished">SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation type="unfinished">目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLI</source>
        <translation type="unfinished">SLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget remaining</source>
        <translation type="unfinished">残りバジェット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad / total events</source>
        <translation type="unfinished">不良 / 全イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+56"/>
        <source>Status</source>
        <translation type="unfinished">ステータス</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Prometheus could not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective: %1 (own window: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLI: %1 (%2 bad of %3 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget consumed: %1 (%2 of %3 allowed bad events); remaining: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data only from %1: the numbers cover part of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Title</source>
        <translation type="unfinished">タイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/export/reporthtml.cpp" line="+244"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../models/reports/export/reportcharts.cpp" line="+30"/>
        <source>%1: error budget remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: burn rate per 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>budget pace (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page (14.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/export/reporthtml.cpp" line="-160"/>
        <source>Error-budget review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLO</source>
        <translation type="unfinished">SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation type="unfinished">目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLI</source>
        <translation type="unfinished">SLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+59"/>
        <source>Status</source>
        <translation type="unfinished">ステータス</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Prometheus could not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective: %1 (own window: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLI: %1 (%2 bad of %3 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget consumed: %1 (%2 of %3 allowed bad events); remaining: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data only from %1: the numbers cover part of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No incidents in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Title</source>
        <translation type="unfinished">タイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::AlertCatalogModel</name>
    <message>
        <location filename="../models/alertcatalog.cpp" line="+213"/>
        <source>Alert</source>
        <translation type="unfinished">アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished">重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation type="unfinished">グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook</source>
        <translation type="unfinished">ランブック</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>web only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::AlertsPage</name>
    <message>
        <location filename="../widgets/alerts/alertspage.cpp" line="+20"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alert matches the filter.</source>
        <translation>フィルターに一致するアラートはありません。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No alerting rules.
Put Prometheus rule files (or PrometheusRule objects) under rules/, or connect a Prometheus datasource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter alerts by name, severity, group, source or runbook (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n without a runbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n rule(s) only there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: rules not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select an alert to see its runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No runbook found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runbook is on the web only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On call now</source>
        <translation>現在のオンコール担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No oncall.yaml in this workspace.</source>
        <translation>このワークスペースには oncall.yaml がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nobody (rotation not started)</source>
        <translation>担当者なし（ローテーション開始前）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation:</source>
        <translation>エスカレーション:</translation>
    </message>
</context>
<context>
    <name>sre::ChecklistPanel</name>
    <message>
        <location filename="../widgets/runbook/checklistpanel.cpp" line="+24"/>
        <source>Add ticked steps to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No postmortem with the id %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
Done at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident %1: this runbook has no task list or numbered steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Incident %1: %2 of %3 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Checklist not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 runbook, step %2 done: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to the timeline of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::CoverageView</name>
    <message>
        <location filename="../widgets/runbook/coverageview.cpp" line="+51"/>
        <source>No workspace open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>on the web only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts without a runbook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runbooks no alert points to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broken links and anchors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 alerts: %2 with a runbook, %3 without. Double-click a runbook or a finding to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::DiffDialog</name>
    <message>
        <location filename="../widgets/postmortem/diffdialog.cpp" line="+56"/>
        <source>No difference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::FilterTable</name>
    <message>
        <location filename="../widgets/common/filtertable.cpp" line="+24"/>
        <source>Filter (Ctrl+F)</source>
        <translation>フィルター (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>sre::HeaderForm</name>
    <message>
        <location filename="../widgets/postmortem/headerform.cpp" line="+41"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished">何が起きたかを簡潔に</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity: pick one or type your own scale (SEV1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title:</source>
        <translation type="unfinished">タイトル:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mitigated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLOs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Set this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The workspace defines none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none) ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In the workspace time zone %1 (%2); stored in UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::IncidentChecklist</name>
    <message>
        <location filename="../models/incidentchecklist.cpp" line="+65"/>
        <location line="+33"/>
        <location line="+3"/>
        <location line="+27"/>
        <location line="+20"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1 時間 %2 分 {1:?} {2?}</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>%1: not a checklist file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+54"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SLOs</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postmortems</source>
        <translation>ポストモーテム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runbooks</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No postmortem %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved text of %1 is waiting: open Postmortems (Ctrl+2) to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近開いたワークスペース(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload Workspace</source>
        <translation>ワークスペースを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Budget Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SLOs</source>
        <translation>SLO(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postmortems</source>
        <translation>ポストモーテム(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Runbooks</source>
        <translation>ランブック(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check &amp;Datasources Now</source>
        <translation>データソースを今すぐ確認(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review &amp;Meeting Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SRE Console</source>
        <translation>SRE Console について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SRE Console</source>
        <translation>SRE Console について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SRE Console %1&lt;/h3&gt;&lt;p&gt;SLOs and error budgets, blameless postmortems and runbooks, around one workspace folder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SRE Console %1&lt;/h3&gt;&lt;p&gt;SLO とエラーバジェット、ブレームレスなポストモーテム、ランブックを 1 つのワークスペースフォルダーで扱います。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Clear List</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SRE Console</source>
        <translation>SRE Console</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — SRE Console</source>
        <translation>%1 — SRE Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace: %1 (%2)</source>
        <translation>ワークスペース: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workspace open — File ▸ Open Workspace (Ctrl+O)</source>
        <translation>ワークスペースが開かれていません — ファイル ▸ ワークスペースを開く (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: checking…</source>
        <translation>%1: 確認中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: up</source>
        <translation>%1: 稼働中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: up (v%2)</source>
        <translation>%1: 稼働中 (v%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unreachable</source>
        <translation>%1: 接続不可</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No datasources</source>
        <translation>データソースなし</translation>
    </message>
</context>
<context>
    <name>sre::MarkdownEdit</name>
    <message>
        <location filename="../widgets/postmortem/markdownedit.cpp" line="+99"/>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the role, not the person: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what happened: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort the timeline by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name an owner in the action items table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a due date in the action items table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ctrl+. for a quick fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::MarkdownView</name>
    <message>
        <location filename="../widgets/common/markdownview.cpp" line="+173"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>links of type &quot;%1&quot; are not opened</source>
        <translation>種類が &quot;%1&quot; のリンクは開きません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no heading &quot;#%1&quot; in this runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>%1 is outside the runbook folders</source>
        <translation>%1 はランブックフォルダーの外にあります</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::PostmortemChecker</name>
    <message>
        <location filename="../models/postmortemcheck.cpp" line="+45"/>
        <source>%1: warning: template &quot;%2&quot; is not known; required sections are not checked</source>
        <translation>%1: warning: テンプレート &quot;%2&quot; は不明なため、必須セクションはチェックされません</translation>
    </message>
</context>
<context>
    <name>sre::PostmortemEditor</name>
    <message>
        <location filename="../widgets/postmortem/postmortemeditor.cpp" line="+38"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact from SLOs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>← Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Alt+Left); unsaved text stays in the editor and its recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the postmortem (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write time to detect, mitigate and resolve and the impact duration into the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad events and error budget consumed by each linked SLO between started and resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to HTML or PDF, or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Derived from the times above; &quot;Write figures&quot; puts them into the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections: click to jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Write the bad events and the share of the error budget each linked SLO lost between started and resolved into the Impact section (from Prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this postmortem as PDF or HTML, with the SLO chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No postmortem open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited · copy kept for recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished">ステータス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to detect %1 · to mitigate %2 · to resolve %3 · impact duration %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No findings: blameless language and every required section are fine.</source>
        <translation type="unfinished">指摘はありません: 表現はブレームレスで、必須セクションもすべて記入されています。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n language finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n completeness finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/postmortem/postmortemeditorfiles.cpp" line="+59"/>
        <source>Unsaved text from %1 was kept when the app last closed without saving. The file has changed on disk since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved text from %1 was kept when the app last closed without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Recovered text and the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-153"/>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text is safe in the recovery file; try again or save elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recovery copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was deleted or moved on disk. Save to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file changed on disk (another editor or a git pull) and was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation type="unfinished">正常</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file changed on disk (another editor or a git pull) while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes on disk and your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::PostmortemList</name>
    <message>
        <location filename="../widgets/postmortem/postmortemlist.cpp" line="+32"/>
        <source>Postmortems</source>
        <translation type="unfinished">ポストモーテム</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show postmortems with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show postmortems of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show postmortems that affected this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show postmortems of incidents that started in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No postmortem matches the filter.</source>
        <translation type="unfinished">フィルターに一致するポストモーテムはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No postmortems yet.
They are Markdown files under postmortems/ — start one with New (Ctrl+N).</source>
        <translation type="unfinished">ポストモーテムはまだありません。
ポストモーテムは postmortems/ 配下の Markdown ファイルです — 「新規…」(Ctrl+N) から作成できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search postmortems: id, title, service, author or any word of the text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blameless-language and completeness findings of the selected postmortem</source>
        <translation type="unfinished">選択したポストモーテムに対する、ブレームレスな表現と記入漏れの指摘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation type="unfinished">新規…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New postmortem from a template (Ctrl+N)</source>
        <translation type="unfinished">テンプレートから新しいポストモーテムを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n postmortem(s)</source>
        <translation type="unfinished">
            <numerusform>ポストモーテム %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s)</source>
        <translation type="unfinished">
            <numerusform>下書き %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a postmortem to read it.</source>
        <translation type="unfinished">ポストモーテムを選択すると内容が表示されます。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No findings: blameless language and every required section are fine.</source>
        <translation type="unfinished">指摘はありません: 表現はブレームレスで、必須セクションもすべて記入されています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+27"/>
        <location line="+5"/>
        <source>New postmortem</source>
        <translation type="unfinished">新しいポストモーテム</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished">何が起きたかを簡潔に</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title:</source>
        <translation type="unfinished">タイトル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template:</source>
        <translation type="unfinished">テンプレート:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished">%1 を作成できません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>sre::PostmortemPage</name>
    <message>
        <location filename="../widgets/postmortem/postmortempage.cpp" line="+100"/>
        <source>Open postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved text is waiting in %1. Open it to save, restore or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+18"/>
        <location line="+9"/>
        <source>Impact from SLOs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The workspace has no Prometheus datasource to take the SLO data from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing impact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prometheus could not answer for:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>Export Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::ProblemsPanel</name>
    <message>
        <location filename="../widgets/common/problemspanel.cpp" line="+18"/>
        <source>No problems: every file of the workspace loaded.</source>
        <translation>問題はありません: ワークスペースのすべてのファイルを読み込みました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problem matches the filter.</source>
        <translation>フィルターに一致する問題はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter problems</source>
        <translation>問題を絞り込み</translation>
    </message>
</context>
<context>
    <name>sre::ReportExportDialog</name>
    <message>
        <location filename="../widgets/slo/reportexportdialog.cpp" line="+48"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Export Budget Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;As of (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace has no Prometheus datasource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Fetching the SLO data of %n SLO(s) and writing %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written, but Prometheus could not answer for:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::RunbookBrowser</name>
    <message>
        <location filename="../widgets/runbook/runbookbrowser.cpp" line="+40"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a Markdown runbook; it is not opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link &quot;%1&quot; not followed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a runbook to read it, or press Ctrl+K to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no heading &quot;#%1&quot; in this runbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::RunbookPage</name>
    <message>
        <location filename="../widgets/runbook/runbookpage.cpp" line="+41"/>
        <source>Runbooks</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runbooks found.
Add Markdown files under runbooks/ or list folders in runbook_paths.</source>
        <translation>ランブックが見つかりません。
runbooks/ に Markdown ファイルを追加するか、runbook_paths にフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runbook matches the filter.</source>
        <translation>フィルターに一致するランブックはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title, path, alert or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this runbook&apos;s task list and numbered steps into checkboxes for an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a runbook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident id (its postmortem gets a timeline row per step):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n runbook(s)</source>
        <translation>
            <numerusform>ランブック %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n folder(s)</source>
        <translation>
            <numerusform>フォルダー %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::SearchPalette</name>
    <message>
        <location filename="../widgets/runbook/searchpalette.cpp" line="+121"/>
        <source>Search runbooks, postmortems and alerts — rb: pm: alert: narrow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indexing runbooks… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Alerts</source>
        <translation type="unfinished">アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbooks</source>
        <translation type="unfinished">ランブック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postmortems</source>
        <translation type="unfinished">ポストモーテム</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Indexing runbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. rb: searches runbooks only, pm: postmortems, alert: alert names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) · ↑↓ move · Enter opens · Esc closes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search. rb: runbooks · pm: postmortems · alert: alert names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::SearchService</name>
    <message>
        <location filename="../models/searchservice.cpp" line="+64"/>
        <source>runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no runbook</source>
        <translation type="unfinished">ランブックなし</translation>
    </message>
</context>
<context>
    <name>sre::SecretRef</name>
    <message>
        <location filename="../models/common/datasource.cpp" line="+18"/>
        <source>cannot read secret file %1: %2</source>
        <translation>シークレットファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no secret configured</source>
        <translation>シークレットが設定されていません</translation>
    </message>
</context>
<context>
    <name>sre::SloDetailView</name>
    <message>
        <location filename="../widgets/slo/slodetailview.cpp" line="+43"/>
        <location line="+405"/>
        <source>no data</source>
        <translation type="unfinished">データなし</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>%1 min</source>
        <translation type="unfinished">%1 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>← Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every SLO (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole window again (0 or Home on a chart; double-click resets too).
Drag on a chart to zoom into a time range, wheel to zoom, Shift+wheel to pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tier</source>
        <translation type="unfinished">ティア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Windows</source>
        <translation type="unfinished">ウィンドウ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Factor</source>
        <translation type="unfinished">係数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Burn long / short</source>
        <translation type="unfinished">バーンレート 長期 / 短期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firing</source>
        <translation type="unfinished">発火</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tier fires when the burn rate over both its long and its short window reaches its factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Burn-rate alert tiers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>OK</source>
        <translation type="unfinished">正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation type="unfinished">警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation type="unfinished">重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>No data</source>
        <translation type="unfinished">データなし</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+201"/>
        <location line="+1"/>
        <location line="+17"/>
        <source>–</source>
        <translation type="unfinished">–</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>SLI &lt;b&gt;%1&lt;/b&gt; (objective %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget left &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burn 1h &lt;b&gt;%1&lt;/b&gt; · 6h &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>SLI against the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Error budget remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Burn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&lt;p&gt;Fetching the numbers of %1…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching the numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SLI per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI since window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error budget burndown of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideal (spent evenly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+82"/>
        <source>Budget remaining</source>
        <translation type="unfinished">残りバジェット</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Error budget remaining since the window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2×</source>
        <translation type="unfinished">%1 秒 {1 %2×?}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2 (%3) — click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incidents (postmortems naming this SLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Objective</source>
        <translation type="unfinished">目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation type="unfinished">ウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI</source>
        <translation type="unfinished">SLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad events allowed</source>
        <translation type="unfinished">許容される不良イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 1h / 6h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to exhaustion</source>
        <translation type="unfinished">枯渇までの時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the 1h burn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not burning</source>
        <translation type="unfinished">消費なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stale: the latest refresh failed (%1). These are the last good numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>▲ FIRING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: severity %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::SloOverviewModel</name>
    <message>
        <location filename="../models/slooverviewmodel.cpp" line="+20"/>
        <location line="+142"/>
        <location line="+5"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget remaining</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 1h</source>
        <translation>バーン 1h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 6h</source>
        <translation>バーン 6h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Showing the last good values. The latest refresh failed:
%1</source>
        <translation>最後に正常に取得した値を表示しています。最新の更新に失敗しました:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
bad %2 of %3 events; %4 bad events allowed in the window</source>
        <translation>%1
%3 件中 %2 件が不良イベント。ウィンドウ内で許容される不良イベントは %4 件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>sre::SloPage</name>
    <message>
        <location filename="../widgets/slo/slopage.cpp" line="+37"/>
        <source>SLOs</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Filter SLOs by service, name or status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>This workspace has no SLOs yet.
Add YAML files under slos/ (native, Sloth, OpenSLO or Pyrra format).</source>
        <translation>このワークスペースにはまだ SLO がありません。
slos/ に YAML ファイル（ネイティブ、Sloth、OpenSLO、Pyrra 形式）を追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No SLO matches the filter.</source>
        <translation>フィルターに一致する SLO はありません。</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest numbers now (Ctrl+R)</source>
        <translation>最新の数値を今すぐ取得 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen in large type for an error-budget review (F11, Ctrl+Shift+P); arrow keys step through the SLOs, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%n SLO(s)</source>
        <translation>
            <numerusform>SLO %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>サービス %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stale data: the numbers below are from the last good refresh. %1</source>
        <translation>古いデータ: 以下の数値は最後に成功した更新時のものです。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No live numbers yet. %1</source>
        <translation>最新の数値はまだ取得されていません。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing from %1…</source>
        <translation>%1 から更新中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1 s ago from %2</source>
        <translation>%1 秒前に %2 から更新</translation>
    </message>
</context>
<context>
    <name>sre::SloRefresher</name>
    <message>
        <location filename="../models/slorefresher.cpp" line="+56"/>
        <source>This workspace has no Prometheus datasource: add one to workspace.yaml to see live SLO numbers.</source>
        <translation>このワークスペースには Prometheus データソースがありません。SLO の最新の数値を表示するには workspace.yaml に追加してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1 (and %n more error(s))</source>
        <translation>
            <numerusform>%1（ほか %n 件のエラー）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::SloServiceTreeModel</name>
    <message>
        <location filename="../models/sloservicetreemodel.cpp" line="+139"/>
        <source>Service / SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%1 (%n SLO(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::SloTimeBar</name>
    <message>
        <location filename="../widgets/slo/slotimebar.cpp" line="+31"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each SLO&apos;s own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Rolling %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window every number and chart is computed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar period, in the workspace&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate now; untick to look at the numbers as of an earlier time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate as of this time (workspace time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the numbers are fetched again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::StoreModel</name>
    <message>
        <location filename="../models/storemodels.cpp" line="+54"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>calendar week</source>
        <translation>暦週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar month</source>
        <translation>暦月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar quarter</source>
        <translation>暦四半期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeslice</source>
        <translation>タイムスライス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+75"/>
        <location line="+14"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open actions</source>
        <translation>未完了のアクション</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>保留期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>sre::TableEditor</name>
    <message>
        <location filename="../widgets/postmortem/tableeditor.cpp" line="+141"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a row below the selected one (Ctrl+Enter in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected row (Ctrl+Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order the rows by their time; rows without a time move with the row above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste lines such as &quot;14:32 alert fired&quot; or a chat export; each timed line becomes a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Paste timeline lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One event per line, starting with its time (&quot;14:32 alert fired&quot;, &quot;[14:32] alice: restarted the pods&quot;, &quot;2025-01-15 14:32 — …&quot;). Lines without a time continue the event above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::TableRowsModel</name>
    <message>
        <location line="-160"/>
        <source>Overdue: the due date has passed and the item is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ⚠</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::TimeChartView</name>
    <message>
        <location filename="../widgets/charts/timechartview.cpp" line="+196"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+260"/>
        <source>no data</source>
        <translation type="unfinished">データなし</translation>
    </message>
</context>
<context>
    <name>sre::alerting</name>
    <message>
        <location filename="../models/alerting/alertrule.cpp" line="+28"/>
        <source>&quot;groups&quot; must be a list</source>
        <translation>&quot;groups&quot; はリストでなければなりません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>group &quot;%1&quot; has no &quot;rules&quot; list</source>
        <translation>グループ &quot;%1&quot; に &quot;rules&quot; リストがありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>alerting rule needs both &quot;alert&quot; and &quot;expr&quot;</source>
        <translation>アラートルールには &quot;alert&quot; と &quot;expr&quot; の両方が必要です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not a rule file: expected &quot;groups:&quot; or a PrometheusRule with &quot;spec.groups&quot;</source>
        <translation>ルールファイルではありません: &quot;groups:&quot; または &quot;spec.groups&quot; を持つ PrometheusRule が必要です</translation>
    </message>
    <message>
        <location filename="../models/alerting/oncall.cpp" line="+35"/>
        <source>rotation has no name</source>
        <translation>ローテーションに名前がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotation &quot;%1&quot; has neither members nor ics</source>
        <translation>ローテーション &quot;%1&quot; に members も ics もありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>length &quot;%1&quot; is not a duration such as 1w or 12h</source>
        <translation>length &quot;%1&quot; は 1w や 12h のような期間ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown weekday &quot;%1&quot;</source>
        <translation>不明な曜日 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>handoff time &quot;%1&quot; is not HH:MM</source>
        <translation>引き継ぎ時刻 &quot;%1&quot; が HH:MM 形式ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start &quot;%1&quot; is not a date such as 2026-01-05</source>
        <translation>start &quot;%1&quot; は 2026-01-05 のような日付ではありません</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>oncall.yaml must be a mapping with &quot;rotations:&quot;</source>
        <translation>oncall.yaml は &quot;rotations:&quot; を含むマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Asia/Tokyo)</source>
        <translation>不明なタイムゾーン &quot;%1&quot;（Asia/Tokyo のような IANA 名を使用してください）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>override needs RFC 3339 &quot;from&quot; before &quot;to&quot;</source>
        <translation>override には RFC 3339 形式の &quot;from&quot; と、それより後の &quot;to&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../models/alerting/apirules.cpp" line="+44"/>
        <source>/api/v1/rules: not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/api/v1/rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::pm</name>
    <message>
        <location filename="../models/postmortem/postmortem.cpp" line="+30"/>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2025-01-15T14:32:00Z</source>
        <translation>&quot;%1&quot; は 2025-01-15T14:32:00Z のような RFC 3339 形式の時刻ではありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no YAML front matter: id, status and times are unknown</source>
        <translation>YAML フロントマターがありません: id、status、時刻が不明です</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../models/postmortem/templates.cpp" line="+46"/>
        <source>front matter is not a YAML mapping</source>
        <translation>フロントマターが YAML のマッピングではありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>front matter has no id (such as INC-2025-001)</source>
        <translation>フロントマターに id（INC-2025-001 など）がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status &quot;%1&quot; is not one of draft, in-review, published</source>
        <translation>status &quot;%1&quot; は draft、in-review、published のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../models/postmortem/completeness.cpp" line="+55"/>
        <source>add a &quot;## %1&quot; section (the template requires it)</source>
        <translation>&quot;## %1&quot; セクションを追加してください（テンプレートで必須です）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill in this section; guidance comments and empty labels do not count</source>
        <translation>このセクションを記入してください。ガイド用のコメントや空のラベルは記入とみなされません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(action item without text)</source>
        <translation>（テキストのないアクションアイテム）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name one owner, a person who will drive it</source>
        <translation>推進役となる担当者を 1 人指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set a due date (YYYY-MM-DD)</source>
        <translation>期限 (YYYY-MM-DD) を設定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (due %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish it and mark it done, or set a new due date</source>
        <translation>対応を終えて完了にするか、新しい期限を設定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>move the row before %1, or correct its time</source>
        <translation>この行を %1 より前に移動するか、時刻を修正してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>check both times; they are in UTC</source>
        <translation>両方の時刻を確認してください（時刻は UTC です）</translation>
    </message>
    <message>
        <location filename="../models/postmortem/figures.cpp" line="+38"/>
        <source>%1d %2h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../models/postmortem/lint.cpp" line="+302"/>
        <source>make the system the subject: what happened, what the person saw at the time, and what made the action reasonable</source>
        <translation>システムを主語にする: 何が起きたか、その時点で当人に何が見えていたか、何がその操作を妥当に見せていたかを書く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>describe the gap in tooling or process that let the action have this effect</source>
        <translation>その操作がこの影響をもたらすのを許した、ツールや手順の欠落を書く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naming a person as the cause of a failure turns a postmortem into a verdict. People then share less, and the conditions that led to the failure stay in place.</source>
        <translation>人を障害の原因として名指しすると、ポストモーテムは判決になります。その結果、人々は情報を共有しなくなり、障害につながった条件はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../models/postmortem/lintrules.cpp" line="+31"/>
        <source>lint rules must be a YAML list of rules (- id: …)</source>
        <translation>lint ルールは YAML のルールのリスト（- id: …）でなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a lint rule must be a mapping with id, flag and suggest</source>
        <translation>lint ルールは id、flag、suggest を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lint rule</source>
        <translation>lint ルール</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lint rule without id</source>
        <translation>id のない lint ルール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lint rule &quot;%1&quot; has no phrases to flag</source>
        <translation>lint ルール &quot;%1&quot; に照合するフレーズがありません</translation>
    </message>
    <message>
        <location filename="../models/postmortem/templates.cpp" line="-14"/>
        <source>a template needs YAML front matter with template: and name:</source>
        <translation>テンプレートには template: と name: を含む YAML フロントマターが必要です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a template needs an id: template: my-template</source>
        <translation>テンプレートには id が必要です: template: my-template</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>template front matter</source>
        <translation>テンプレートのフロントマター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>required section &quot;%1&quot; is not a heading of this template</source>
        <translation>必須セクション &quot;%1&quot; はこのテンプレートの見出しにありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a heading of this template</source>
        <translation>%1 &quot;%2&quot; はこのテンプレートの見出しにありません</translation>
    </message>
</context>
<context>
    <name>sre::prom::Error</name>
    <message>
        <location filename="../models/prometheus/types.cpp" line="+28"/>
        <source>fix the query or its parameters</source>
        <translation>クエリまたはそのパラメーターを修正してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the query is valid but cannot be evaluated on this data; adjust the matching or aggregation</source>
        <translation>クエリは有効ですが、このデータでは評価できません。マッチングまたは集約を調整してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>narrow the time range, increase the step or simplify the query</source>
        <translation>時間範囲を狭めるか、step を大きくするか、クエリを単純にしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server cancelled the query; try again</source>
        <translation>サーバーがクエリをキャンセルしました。再試行してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is starting or overloaded; try again shortly</source>
        <translation>サーバーが起動中か過負荷です。しばらくしてから再試行してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the server logs</source>
        <translation>サーバーのログを確認してください</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>query %1 on %2</source>
        <translation>%2 へのクエリ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (after %n attempts)</source>
        <translation>
            <numerusform> (%n 回試行後)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: connection refused%2 - check that the server is running and the datasource URL is right</source>
        <translation>%1: 接続が拒否されました%2 - サーバーが稼働していること、データソースの URL が正しいことを確認してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: network error: %2%3 - check the network, proxy and TLS settings of datasource %4</source>
        <translation>%1: ネットワークエラー: %2%3 - データソース %4 のネットワーク、プロキシ、TLS の設定を確認してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no answer in time (%2)%3 - narrow the query or raise the timeout of datasource %4</source>
        <translation>%1: 時間内に応答がありません (%2)%3 - クエリを絞り込むか、データソース %4 のタイムアウトを延ばしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: HTTP %2%3%4 - check the URL, credentials and proxy of datasource %5</source>
        <translation>%1: HTTP %2%3%4 - データソース %5 の URL、認証情報、プロキシを確認してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2: %3 - %4</source>
        <translation>%1 が失敗しました: %2: %3 - %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unreadable response: %2 - is datasource %3 a Prometheus-compatible API?</source>
        <translation>%1: 応答を解釈できません: %2 - データソース %3 は Prometheus 互換の API ですか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cancelled</source>
        <translation>%1: キャンセルされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: replaced by a newer request</source>
        <translation>%1: 新しいリクエストに置き換えられました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datasource %1: %2 - fix it in workspace.yaml</source>
        <translation>データソース %1: %2 - workspace.yaml で修正してください</translation>
    </message>
</context>
<context>
    <name>sre::prom::JsonTokenizer</name>
    <message>
        <location filename="../models/prometheus/jsontokenizer.cpp" line="+72"/>
        <source>empty body</source>
        <translation>本文が空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected end of the body (truncated response?)</source>
        <translation>本文が途中で終わっています（応答が切り詰められた可能性があります）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rejected by the response handler</source>
        <translation>レスポンスハンドラーに拒否されました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nesting too deep</source>
        <translation>ネストが深すぎます</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unexpected data after the end of the JSON document</source>
        <translation>JSON ドキュメントの終わりの後に予期しないデータがあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>オブジェクトのキーの後に &apos;:&apos; が必要です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; または &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; または &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a string as object key</source>
        <translation>オブジェクトのキーには文字列が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>unterminated string</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON value</source>
        <translation>JSON の値が必要です</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>control character in string</source>
        <translation>文字列に制御文字が含まれています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid escape sequence in string</source>
        <translation>文字列に無効なエスケープシーケンスがあります</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>invalid number</source>
        <translation>無効な数値</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>number out of range</source>
        <translation>数値が範囲外です</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>invalid literal</source>
        <translation>無効なリテラル</translation>
    </message>
</context>
<context>
    <name>sre::prom::PrometheusClient</name>
    <message>
        <location filename="../models/prometheus/curlworker.cpp" line="+34"/>
        <source>replaced by a newer request</source>
        <translation>新しいリクエストに置き換えられました</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+196"/>
        <location line="+97"/>
        <location filename="../models/prometheus/transfer.cpp" line="+250"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="+124"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <location filename="../models/prometheus/transfer.cpp" line="-158"/>
        <source>both authorization and basic_auth are set; keep only one</source>
        <translation>authorization と basic_auth の両方が設定されています。どちらか一方だけにしてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authorization credentials: %1</source>
        <translation>authorization の認証情報: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authorization credentials contain a line break</source>
        <translation>authorization の認証情報に改行が含まれています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>basic_auth password: %1</source>
        <translation>basic_auth のパスワード: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>header &quot;%1&quot; is not a valid HTTP header</source>
        <translation>ヘッダー &quot;%1&quot; は有効な HTTP ヘッダーではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>datasource %1: TLS certificate verification is off (insecure_skip_verify); anyone on the network path can read and change its answers</source>
        <translation>データソース %1: TLS 証明書の検証が無効です (insecure_skip_verify)。ネットワーク経路上の誰もが応答を読み取り、改ざんできます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>datasource %1: credentials are sent over plain HTTP</source>
        <translation>データソース %1: 認証情報が暗号化されていない HTTP で送信されます</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot create a curl handle</source>
        <translation>curl ハンドルを作成できません</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>redirected to %1; use that URL for the datasource</source>
        <translation>%1 にリダイレクトされました。データソースにはその URL を使用してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the response is larger than 256 MiB</source>
        <translation>応答が 256 MiB を超えています</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the response has no data.resultType</source>
        <translation>応答に data.resultType がありません</translation>
    </message>
</context>
<context>
    <name>sre::prom::ResponseParser</name>
    <message>
        <location filename="../models/prometheus/responsehandler.cpp" line="+25"/>
        <source>a sample must be [timestamp, &quot;value&quot;]</source>
        <translation>サンプルは [timestamp, &quot;value&quot;] の形式でなければなりません</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+32"/>
        <location line="+24"/>
        <location line="+136"/>
        <source>the response is not a JSON object</source>
        <translation>応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+208"/>
        <source>invalid sample value &quot;%1&quot;</source>
        <translation>無効なサンプル値 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>unexpected binary value</source>
        <translation>予期しないバイナリ値</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>no &quot;status&quot; field: this is not a Prometheus API response</source>
        <translation>&quot;status&quot; フィールドがありません: Prometheus API の応答ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>不明な status &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unsupported resultType &quot;%1&quot;</source>
        <translation>サポートされていない resultType &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the result does not match resultType &quot;%1&quot;</source>
        <translation>結果が resultType &quot;%1&quot; と一致しません</translation>
    </message>
    <message>
        <location filename="../models/prometheus/responseparser.cpp" line="+42"/>
        <source>at byte %1: %2</source>
        <translation>%1 バイト目: %2</translation>
    </message>
</context>
<context>
    <name>sre::rb</name>
    <message>
        <location filename="../models/runbook/runbook.cpp" line="+150"/>
        <source>runbook folder does not exist</source>
        <translation>ランブックフォルダーが存在しません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>symbolic link to %1, outside the runbook folder: not read</source>
        <translation>%1 へのシンボリックリンクはランブックのフォルダーの外にあるため読み込みません</translation>
    </message>
    <message>
        <location filename="../models/runbook/coverage.cpp" line="+65"/>
        <source>%1: no heading in %2 has the anchor #%3</source>
        <translation>%1: %2 にはアンカー #%3 を持つ見出しがありません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>alert %1 has no runbook</source>
        <translation>アラート %1 にランブックがありません</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>link to %1 refused: %2</source>
        <translation>%1 へのリンクを拒否しました: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>link to %1: no such file</source>
        <translation>%1 へのリンク: ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link to %1</source>
        <translation>%1 へのリンク</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>alert %1&apos;s runbook %2</source>
        <translation>アラート %1 のランブック %2</translation>
    </message>
    <message>
        <location filename="../models/runbook/lint.cpp" line="+98"/>
        <source>no &quot;%1&quot; section; the runbooks around it have Meaning, Impact, Diagnosis and Mitigation</source>
        <translation>&quot;%1&quot; セクションがありません。同じフォルダーのランブックには Meaning、Impact、Diagnosis、Mitigation があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>left-over template placeholder &quot;%1&quot;</source>
        <translation>テンプレートのプレースホルダー &quot;%1&quot; が残っています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>section &quot;%1&quot; is empty</source>
        <translation>セクション &quot;%1&quot; が空です</translation>
    </message>
    <message>
        <location filename="../models/runbook/resolver.cpp" line="+72"/>
        <source>no runbook</source>
        <translation>ランブックなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runbook_url annotation</source>
        <translation>runbook_url アノテーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runbook annotation</source>
        <translation>runbook アノテーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front matter alerts</source>
        <translation>フロントマターの alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is outside the runbook folders</source>
        <translation>%1 はランブックフォルダーの外にあります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a symbolic link to %2, outside the runbook folders</source>
        <translation>%1 はランブックフォルダーの外にある %2 へのシンボリックリンクです</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&quot;%1&quot; leads to %2, outside the runbook folders</source>
        <translation>&quot;%1&quot; はランブックフォルダーの外にある %2 を指しています</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 %2 is not under any runbook_url_map prefix</source>
        <translation>%1 %2 は runbook_url_map のどの prefix にも該当しません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; names no file</source>
        <translation>%1 &quot;%2&quot; はファイルを指していません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused: %2</source>
        <translation>%1 を拒否しました: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2: no such file under %3</source>
        <translation>%1 %2: %3 の下にそのファイルはありません</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n runbook(s) match by %1; using the first</source>
        <translation>
            <numerusform>%1 で %n 件のランブックが一致しました。最初のものを使用します</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/runbook/searchindex.cpp" line="+202"/>
        <source>%1: cannot open the search index: %2</source>
        <translation>%1: 検索インデックスを開けません: %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1: the search index is not open</source>
        <translation>%1: 検索インデックスが開かれていません</translation>
    </message>
    <message>
        <location filename="../models/runbook/searchquery.cpp" line="+286"/>
        <location line="+65"/>
        <source>%1: the search index cannot be opened</source>
        <translation>%1: 検索インデックスを開けません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>search &quot;%1&quot; failed: %2</source>
        <translation>&quot;%1&quot; の検索に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../models/runbook/display.cpp" line="+80"/>
        <source>Warning</source>
        <translation type="unfinished">警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sre::slo</name>
    <message>
        <location filename="../models/slo/loader_openslo.cpp" line="+22"/>
        <source>metric source type %1 is not supported: the console reads Prometheus-compatible sources</source>
        <translation>メトリクスソースの種類 %1 はサポートされていません: このコンソールは Prometheus 互換のソースを読み取ります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>metricSource.spec.query is missing</source>
        <translation>metricSource.spec.query がありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fixed ranges re-windowed to {{window}}</source>
        <translation>固定の範囲を {{window}} に置き換えました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot find the metric selector to evaluate over a window; write the query with [{{window}}]</source>
        <translation>ウィンドウ全体で評価するためのメトリクスセレクターが見つかりません。クエリは [{{window}}] を使って記述してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>counter query evaluated as %1(...[{{window}}])</source>
        <translation>カウンターのクエリを %1(...[{{window}}]) として評価しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>raw ratio metrics have no event counts and are not supported; use good (or bad) and total</source>
        <translation>生の比率メトリクスにはイベント数がないため、サポートされていません。good（または bad）と total を使用してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ratioMetric needs total and exactly one of good and bad</source>
        <translation>ratioMetric には total と、good または bad のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>op is not one of lt, lte, gt, gte</source>
        <translation>op が lt、lte、gt、gte のいずれでもありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ratio evaluated per %1 time slice</source>
        <translation>比率を %1 のタイムスライスごとに評価しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a thresholdMetric objective needs op: lt, lte, gt or gte</source>
        <translation>thresholdMetric の objective には op（lt、lte、gt、gte のいずれか）が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a thresholdMetric objective needs a numeric value</source>
        <translation>thresholdMetric の objective には数値の value が必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>timeWindow is missing</source>
        <translation>timeWindow がありません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>calendar window &quot;%1&quot; is not supported: use 1w, 1M or 1Q</source>
        <translation>暦ウィンドウ &quot;%1&quot; はサポートされていません: 1w、1M、1Q のいずれかを使用してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>不明なタイムゾーン &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>calendar startTime ignored: periods start on calendar boundaries (Monday, the 1st)</source>
        <translation>暦の startTime は無視されます: 期間は暦の区切り（月曜日、1 日）から始まります</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>objectives is missing or empty</source>
        <translation>objectives がないか、空です</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the SLI needs ratioMetric or thresholdMetric</source>
        <translation>SLI には ratioMetric または thresholdMetric が必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OpenSLO %1 is not supported: convert it to openslo/v1</source>
        <translation>OpenSLO %1 はサポートされていません: openslo/v1 に変換してください</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read this SLO: %1</source>
        <translation>この SLO を読み込めません: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../models/slo/loader_pyrra.cpp" line="+164"/>
        <source>metadata.name is missing</source>
        <translation>metadata.name がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spec.service is missing</source>
        <translation>spec.service がありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>indicatorRef &quot;%1&quot;: no SLI of that name in this file</source>
        <translation>indicatorRef &quot;%1&quot;: このファイルにその名前の SLI がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spec needs indicator or indicatorRef</source>
        <translation>spec には indicator または indicatorRef が必要です</translation>
    </message>
    <message>
        <location filename="../models/slo/loader_pyrra.cpp" line="-146"/>
        <source>%1.metric &quot;%2&quot; is not a metric selector such as http_requests_total{job=&quot;api&quot;}</source>
        <translation>%1.metric &quot;%2&quot; は http_requests_total{job=&quot;api&quot;} のようなメトリクスセレクターではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>grouping (%1) is not supported: the SLO is computed over all groups together</source>
        <translation>grouping (%1) はサポートされていません: SLO はすべてのグループをまとめて計算されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pyrra grouping ignored</source>
        <translation>Pyrra の grouping は無視されます</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>success.metric must be a histogram&apos;s _bucket series with le=&quot;&lt;seconds&gt;&quot;</source>
        <translation>success.metric は le=&quot;&lt;秒数&gt;&quot; を指定したヒストグラムの _bucket 系列でなければなりません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>total.metric must be %1_count</source>
        <translation>total.metric は %1_count でなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>success and total select different series; total&apos;s matchers are used</source>
        <translation>success と total が異なる系列を選択しています。total のマッチャーを使用します</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>latency &quot;%1&quot; is not a duration such as 200ms or 1s</source>
        <translation>latency &quot;%1&quot; は 200ms や 1s のような時間ではありません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>bool_gauge.metric &quot;%1&quot; is not a metric selector</source>
        <translation>bool_gauge.metric &quot;%1&quot; はメトリクスセレクターではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bool_gauge mapped to an event SLI over samples: every sample is an event, a 0 sample a bad one</source>
        <translation>bool_gauge をサンプル単位のイベント SLI に対応付けました: 各サンプルを 1 イベントとし、値が 0 のサンプルを不良イベントとします</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>spec is missing</source>
        <translation>spec がありません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>indicator needs one of ratio, latency, latencyNative, bool_gauge</source>
        <translation>indicator には ratio、latency、latencyNative、bool_gauge のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../models/slo/loader_service.cpp" line="+28"/>
        <source>window is ignored: the SLO has a calendar window</source>
        <translation>window は無視されます: この SLO には暦ウィンドウが設定されています</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>page and ticket alerts are disabled: no burn-rate tiers</source>
        <translation>page と ticket のアラートは無効です: バーンレートのティアがありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>threshold &quot;%1&quot; is not a number; it is ignored</source>
        <translation>threshold &quot;%1&quot; は数値ではないため、無視されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>threshold is ignored: the comparison query has its own</source>
        <translation>threshold は無視されます: 比較クエリに独自のしきい値があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>threshold %1 is informative (kept as the label threshold): the error budget comes from the objective</source>
        <translation>threshold %1 は参考値です（ラベル threshold として保持）: エラーバジェットは objective から求めます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>threshold %1 differs from the error budget 1 - objective = %2; the objective is used</source>
        <translation>threshold %1 がエラーバジェット 1 - objective = %2 と異なります。objective を使用します</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an SLO must be a map with name, objective and sli</source>
        <translation>SLO は name、objective、sli を持つマップでなければなりません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SLO without a name</source>
        <translation>名前のない SLO</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>slos must be a list of SLOs</source>
        <translation>slos は SLO のリストでなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slos is empty</source>
        <translation>slos が空です</translation>
    </message>
    <message>
        <location filename="../models/slo/seedmap.cpp" line="+71"/>
        <source>comparison query needs &lt;, &lt;=, &gt; or &gt;= with a number on one side, such as histogram_quantile(...) &lt; 0.2</source>
        <translation>比較クエリには、histogram_quantile(...) &lt; 0.2 のように、片側が数値の &lt;、&lt;=、&gt;、&gt;= のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>comparison query mapped to a timeslice SLI: each 1-minute slice is good when the comparison holds; its own range is kept as written</source>
        <translation>比較クエリをタイムスライス SLI に対応付けました: 比較が成り立つ 1 分間のスライスを良好とします。クエリ内の範囲は記述どおりに保持されます</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>both sides of the ratio need a range such as [5m], so that it can be evaluated over the SLO window</source>
        <translation>SLO のウィンドウ全体で評価できるよう、比率の両辺に [5m] のような範囲が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ratio query mapped to an event SLI: the numerator counts good events, the denominator all events; the fixed [%1] range was re-windowed to {{window}}</source>
        <translation>比率クエリをイベント SLI に対応付けました: 分子は良好なイベント、分母はすべてのイベントを数えます。固定の範囲 [%1] は {{window}} に置き換えました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error-ratio query mapped to an event SLI: the numerator counts bad events, the denominator all events; the fixed [%1] range was re-windowed to {{window}}</source>
        <translation>エラー比率クエリをイベント SLI に対応付けました: 分子は不良イベント、分母はすべてのイベントを数えます。固定の範囲 [%1] は {{window}} に置き換えました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot tell whether the numerator of this ratio counts good or bad events: select them with code!~&quot;5..&quot; (good) or code=~&quot;5..&quot; (bad), or write the SLI as sli.events</source>
        <translation>この比率の分子が良好なイベントと不良イベントのどちらを数えているか判別できません: code!~&quot;5..&quot;（良好）または code=~&quot;5..&quot;（不良）で選択するか、SLI を sli.events として記述してください</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sli.query is empty</source>
        <translation>sli.query が空です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sli.query is neither a ratio (good / total or errors / total) nor a comparison (expression &lt; threshold); write the SLI as sli.events, sli.latency or sli.timeslice</source>
        <translation>sli.query は比率（good / total または errors / total）でも比較（式 &lt; しきい値）でもありません。SLI を sli.events、sli.latency、sli.timeslice のいずれかで記述してください</translation>
    </message>
    <message>
        <location filename="../models/slo/sliparse.cpp" line="+16"/>
        <source>%1 is empty</source>
        <translation>%1 が空です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no {{window}} (or {{.window}}) range: without it the console cannot evaluate the SLI over its window or compute burn rates</source>
        <translation>%1 に {{window}}（または {{.window}}）の範囲がありません: これがないと、ウィンドウ全体での SLI の評価やバーンレートの計算ができません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sli.events needs total_query</source>
        <translation>sli.events には total_query が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sli.events needs exactly one of error_query and good_query</source>
        <translation>sli.events には error_query と good_query のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &quot;%2&quot; must be a number greater than 0</source>
        <translation>%1 &quot;%2&quot; は 0 より大きい数値でなければなりません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>latency.histogram &quot;%1&quot; is not a metric selector such as http_request_duration_seconds{job=&quot;api&quot;}</source>
        <translation>latency.histogram &quot;%1&quot; は http_request_duration_seconds{job=&quot;api&quot;} のようなメトリクスセレクターではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>latency.histogram names the histogram without the _%1 suffix; it was removed</source>
        <translation>latency.histogram にはサフィックス _%1 を付けずにヒストグラム名を指定します。サフィックスは削除しました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>latency.histogram must not select le; the threshold chooses the bucket</source>
        <translation>latency.histogram で le を指定しないでください。バケットはしきい値で決まります</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timeslice.query is missing</source>
        <translation>timeslice.query がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timeslice.op &quot;%1&quot; is not one of lt, le, gt, ge</source>
        <translation>timeslice.op &quot;%1&quot; は lt、le、gt、ge のいずれでもありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>timeslice.threshold &quot;%1&quot; is not a number</source>
        <translation>timeslice.threshold &quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing sli: expected events, latency or timeslice</source>
        <translation>sli がありません: events、latency、timeslice のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>raw SLIs (an error ratio query) are not supported: a ratio cannot be summed into a window&apos;s events; write sli.events with error_query and total_query</source>
        <translation>raw SLI（エラー比率クエリ）はサポートされていません: 比率はウィンドウ内のイベント数に合算できません。error_query と total_query を使って sli.events を記述してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sloth SLI plugins are not supported: write the queries the plugin generates as sli.events</source>
        <translation>Sloth の SLI プラグインはサポートされていません: プラグインが生成するクエリを sli.events として記述してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sli needs one of events, latency or timeslice</source>
        <translation>sli には events、latency、timeslice のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../models/slo/specloader.cpp" line="+66"/>
        <source>the file contains no SLO</source>
        <translation>このファイルには SLO が含まれていません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (a selector with { } inside a { ... } map must be quoted)</source>
        <translation> ({ ... } マップ内で { } を含むセレクターは引用符で囲む必要があります)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot read this document: %1</source>
        <translation>このドキュメントを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unsupported apiVersion %1: expected sre-console/v1</source>
        <translation>サポートされていない apiVersion %1: sre-console/v1 が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an SLO spec: expected apiVersion sre-console/v1, Sloth, OpenSLO, Pyrra, or service:+slos:</source>
        <translation>SLO の定義ではありません: apiVersion sre-console/v1、Sloth、OpenSLO、Pyrra、または service:+slos: が必要です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not an SLO spec: a ConfigMap without a data entry named *.yaml</source>
        <translation>SLO の定義ではありません: *.yaml という名前の data エントリがない ConfigMap です</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot read file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate SLO id &quot;%1&quot;: already defined at %2</source>
        <translation>SLO ID &quot;%1&quot; が重複しています: %2 で定義済みです</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>latency threshold %1 cannot be checked: the histogram has no finite buckets</source>
        <translation>レイテンシのしきい値 %1 を確認できません: ヒストグラムに有限のバケットがありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>latency threshold %1 is not a bucket boundary of the histogram (le = %2); the SLI can only be computed at a boundary: use %3</source>
        <translation>レイテンシのしきい値 %1 はヒストグラムのバケット境界（le = %2）ではありません。SLI は境界でしか計算できないため、%3 を使用してください</translation>
    </message>
    <message>
        <location filename="../models/slo/specparse.cpp" line="+92"/>
        <source>missing objective</source>
        <translation>objective がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>objective &quot;%1&quot; is not a number</source>
        <translation>objective &quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>objective %1 is out of range: expected a percentage between 0 and 100 (exclusive), such as 99.9</source>
        <translation>objective %1 が範囲外です: 99.9 のような、0 より大きく 100 未満のパーセンテージが必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>objective %1 is read as %1 %; write %2 for %2 %</source>
        <translation>objective %1 は %1 % として解釈されます。%2 % にするには %2 と記述してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>objective %1 is out of range: expected a percentage in (0, 100) such as 99.9, or a fraction in (0, 1) such as 0.999</source>
        <translation>objective %1 が範囲外です: 99.9 のような (0, 100) のパーセンテージ、または 0.999 のような (0, 1) の小数が必要です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; は数値ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is out of range: expected a fraction between 0 and 1 (exclusive), such as 0.999</source>
        <translation>%1 %2 が範囲外です: 0.999 のような、0 より大きく 1 未満の小数が必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 &quot;%2&quot; is not a Prometheus duration such as 30d, 4w or 1h30m</source>
        <translation>%1 &quot;%2&quot; は 30d、4w、1h30m のような Prometheus の期間ではありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>calendar must be a map such as { period: month, timezone: Asia/Tokyo }</source>
        <translation>calendar は { period: month, timezone: Asia/Tokyo } のようなマップでなければなりません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>calendar period &quot;%1&quot; is not one of week, month, quarter</source>
        <translation>calendar の period &quot;%1&quot; は week、month、quarter のいずれでもありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown time zone &quot;%1&quot;: expected an IANA name such as Europe/Berlin</source>
        <translation>不明なタイムゾーン &quot;%1&quot;: Europe/Berlin のような IANA 名が必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>alerting.tiers must be a non-empty list</source>
        <translation>alerting.tiers は空でないリストでなければなりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>burn-rate tier without a name</source>
        <translation>名前のないバーンレートのティア</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tier &quot;%1&quot;: severity &quot;%2&quot; is neither page nor ticket; it will not raise the status to critical</source>
        <translation>ティア &quot;%1&quot;: severity &quot;%2&quot; は page でも ticket でもないため、ステータスは重大になりません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tier &quot;%1&quot;: short_window is not shorter than long_window</source>
        <translation>ティア &quot;%1&quot;: short_window が long_window より短くありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>factor &quot;%1&quot; must be a positive number</source>
        <translation>factor &quot;%1&quot; は正の数でなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both factor and budget_share given; factor wins</source>
        <translation>factor と budget_share の両方が指定されています。factor を優先します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>budget_share &quot;%1&quot; must be a fraction in (0, 1] such as 0.02, or a percentage such as 2%</source>
        <translation>budget_share &quot;%1&quot; は 0.02 のような (0, 1] の小数、または 2% のようなパーセンテージでなければなりません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tier &quot;%1&quot; needs budget_share or factor</source>
        <translation>ティア &quot;%1&quot; には budget_share または factor が必要です</translation>
    </message>
</context>
<context>
    <name>sre::ws</name>
    <message>
        <location filename="../models/workspace/snapshot.cpp" line="+46"/>
        <source>duplicate SLO id &quot;%1&quot; (already defined in another file)</source>
        <translation>SLO ID &quot;%1&quot; が重複しています（別のファイルで定義済み）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>workspace folder does not exist</source>
        <translation>ワークスペースフォルダーが存在しません</translation>
    </message>
    <message>
        <location filename="../models/workspace/workspaceconfig.cpp" line="+37"/>
        <source>secret file %1 is not readable; requests will fail until it is</source>
        <translation>シークレットファイル %1 を読み込めません。読み込めるようになるまでリクエストは失敗します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; holds a secret inside workspace.yaml, which is kept in git; use %1_file or %1_env instead (the value is ignored)</source>
        <translation>&quot;%1&quot; は git で管理される workspace.yaml の中にシークレットを保持しています。代わりに %1_file または %1_env を使用してください（この値は無視されます）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>datasource must be a mapping with name, type and url</source>
        <translation>データソースは name、type、url を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>datasource</source>
        <translation>データソース</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>datasource has no name</source>
        <translation>データソースに名前がありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>datasource &quot;%1&quot;: unknown type &quot;%2&quot; (expected prometheus or alertmanager; Thanos, Mimir, Cortex and VictoriaMetrics use type prometheus)</source>
        <translation>データソース &quot;%1&quot;: 不明な type &quot;%2&quot;（prometheus または alertmanager が必要です。Thanos、Mimir、Cortex、VictoriaMetrics は type prometheus を使用します）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>datasource &quot;%1&quot;: url &quot;%2&quot; is not an http(s) URL</source>
        <translation>データソース &quot;%1&quot;: url &quot;%2&quot; は http(s) の URL ではありません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>datasource &quot;%1&quot;: TLS certificate verification is off</source>
        <translation>データソース &quot;%1&quot;: TLS 証明書の検証が無効です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>datasource &quot;%1&quot;: timeout &quot;%2&quot; is not a duration such as 30s</source>
        <translation>データソース &quot;%1&quot;: timeout &quot;%2&quot; は 30s のような期間ではありません</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>workspace.yaml must be a mapping (name, timezone, datasources, …)</source>
        <translation>workspace.yaml はマッピング（name、timezone、datasources、…）でなければなりません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Asia/Tokyo); using UTC</source>
        <translation>不明なタイムゾーン &quot;%1&quot;（Asia/Tokyo のような IANA 名を使用してください）。UTC を使用します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;datasources&quot; must be a list</source>
        <translation>&quot;datasources&quot; はリストでなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>datasource &quot;%1&quot; is defined twice</source>
        <translation>データソース &quot;%1&quot; が 2 回定義されています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>default_datasource &quot;%1&quot; is not one of the datasources</source>
        <translation>default_datasource &quot;%1&quot; は datasources に含まれていません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>runbook_url_map entry needs prefix and path</source>
        <translation>runbook_url_map のエントリには prefix と path が必要です</translation>
    </message>
</context>
<context>
    <name>sre::yaml</name>
    <message>
        <location filename="../models/common/yamlutil.cpp" line="+23"/>
        <source>invalid YAML: %1</source>
        <translation>無効な YAML: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>%2 に不明なキー &quot;%1&quot; があります</translation>
    </message>
</context>
<context>
    <name>srectl</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+23"/>
        <source>usage: srectl [--workspace DIR] [--datasource NAME] [--format table|json|markdown] &lt;noun&gt; &lt;verb&gt; [options]

  workspace check          list every problem in the workspace (exit 1 on errors)
  slo list                 list the SLOs of the workspace
  slo report [--slo ID]... [--at TIME] [--window 30d | --period 2026-10]
                           SLI, error budget, burn rates and alert tiers of each SLO
  slo gate [--slo ID]... [--min-remaining 0.0] [--max-burn RATE --burn-window 1h]
                           deploy gate: exit 1 when an SLO fails, 3 when Prometheus is unreachable
  runbook for ALERTNAME    the alert&apos;s runbook: local file path, with #anchor (exit 1 when none)
  runbook coverage         alerts without a runbook, runbooks no alert points to, broken links (exit 1 on gaps)
  runbook lint             template sections, left-over placeholders, empty sections (exit 1 on findings)
  runbook search QUERY... [--limit N]
                           full-text and alert-name search; index cached in $XDG_CACHE_HOME/sre-console
  postmortem list [--status S] [--severity S] [--service NAME] [--since DATE] [--until DATE]
                           id, title, severity, status, started, duration, services, open action items
  postmortem new --template NAME --title TEXT [--id INC-YYYY-NNN] [--author NAME]...
                           write postmortems/&lt;ID&gt;.md from a template (next free id); prints the path
  postmortem lint [FILES] [--today YYYY-MM-DD]
                           blameless-language and completeness checks; exit 1 on findings
  postmortem impact ID [--write] [--at TIME]
                           bad events and error budget share of each linked SLO from started to resolved;
                           --write puts them into the Impact section
  postmortem export ID --format html|pdf -o FILE
                           the postmortem as a standalone HTML page or a PDF, with the impact chart
  report budget (--period 2026-10 | --window 30d [--at TIME]) --format pdf|html|markdown|json [-o FILE]
                           error-budget review: per service and SLO the budget consumed, incidents and
                           their share, open action items

  --version                print the version
Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, 3 a datasource could not be reached.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>srectl: %1 needs a value</source>
        <translation>srectl: %1 には値が必要です</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>srectl: --format must be table, json or markdown, not &quot;%1&quot;</source>
        <translation>srectl: --format には table、json、markdown のいずれかを指定してください（&quot;%1&quot; は無効です）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>srectl: workspace folder %1 does not exist</source>
        <translation>srectl: ワークスペースフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>srectl: unknown noun &quot;%1&quot;
</source>
        <translation>srectl: 不明なコマンド &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemcmd.cpp" line="+46"/>
        <location filename="../app/cli/postmortemexportcmd.cpp" line="+48"/>
        <source>srectl postmortem %1: unexpected argument &quot;%2&quot;</source>
        <translation>srectl postmortem %1: 予期しない引数 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl postmortem %1: unknown option &quot;%2&quot; (expected %3)</source>
        <translation>srectl postmortem %1: 不明なオプション &quot;%2&quot;（指定可能: %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/postmortemexportcmd.cpp" line="-7"/>
        <source>srectl postmortem %1: %2 needs a value</source>
        <translation>srectl postmortem %1: %2 には値が必要です</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>srectl postmortem list: %1 &quot;%2&quot; is not a date such as 2026-01-31</source>
        <translation>srectl postmortem list: %1 &quot;%2&quot; は 2026-01-31 のような日付ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/slocmd.cpp" line="+30"/>
        <location line="+190"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/runbookcmd.cpp" line="+273"/>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVICES</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPEN ACTIONS</source>
        <translation>未完了アクション</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>usage: srectl postmortem new --template NAME --title TEXT [--id INC-YYYY-NNN] [--author NAME]...</source>
        <translation>使い方: srectl postmortem new --template NAME --title TEXT [--id INC-YYYY-NNN] [--author NAME]...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl postmortem new: no template &quot;%1&quot; (available: %2)</source>
        <translation>srectl postmortem new: テンプレート &quot;%1&quot; がありません（使用可能: %2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>srectl postmortem new: %1 already exists; refusing to overwrite it</source>
        <translation>srectl postmortem new: %1 は既に存在するため、上書きしません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl postmortem new: cannot create the folder %1</source>
        <translation>srectl postmortem new: フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl postmortem new: cannot write %1: %2</source>
        <translation>srectl postmortem new: %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>srectl postmortem lint: --today &quot;%1&quot; is not a date such as 2026-01-31</source>
        <translation>srectl postmortem lint: --today &quot;%1&quot; は 2026-01-31 のような日付ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl postmortem lint: warning: no blameless-language rules found (looked in %1 and %2/lint)</source>
        <translation>srectl postmortem lint: 警告: ブレームレスな表現のルールが見つかりません（%1 と %2/lint を確認しました）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>LINE</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/runbookcmd.cpp" line="-68"/>
        <source>RULE</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SUGGESTION</source>
        <translation>提案</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 findings in %2 of %3 postmortems</source>
        <translation>ポストモーテム %3 件中 %2 件で指摘 %1 件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>srectl postmortem: unknown verb &quot;%1&quot; (expected: list, new, lint, impact, export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="-190"/>
        <location line="+190"/>
        <source>OBJECTIVE</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>WINDOW</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>FORMAT</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemcmd.cpp" line="-49"/>
        <location filename="../app/cli/slocmd.cpp" line="+0"/>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="+46"/>
        <source>srectl slo: unknown option &quot;%1&quot; (expected %2)</source>
        <translation>srectl slo: 不明なオプション &quot;%1&quot;（指定可能: %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo: %1 needs a value</source>
        <translation>srectl slo: %1 には値が必要です</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>RFC 3339 or Unix seconds</source>
        <translation>RFC 3339 形式の時刻または Unix 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration such as 30d</source>
        <translation>30d のような期間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a period such as 2026-10, 2026-Q4 or 2026-W44</source>
        <translation>2026-10、2026-Q4、2026-W44 のような暦期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fraction such as 0.1</source>
        <translation>0.1 のような小数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number such as 14.4</source>
        <translation>14.4 のような数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of 5m, 30m, 1h, 2h, 6h, 1d, 3d</source>
        <translation>5m、30m、1h、2h、6h、1d、3d のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>srectl slo: %1 &quot;%2&quot; is not %3</source>
        <translation>srectl slo: %1 &quot;%2&quot; は %3 ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>srectl slo: --window and --period cannot be combined</source>
        <translation>srectl slo: --window と --period は同時に指定できません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>srectl slo: no SLO &quot;%1&quot; in %2 (see srectl slo list)</source>
        <translation>srectl slo: %2 に SLO &quot;%1&quot; はありません（srectl slo list を参照）</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcmd.cpp" line="+34"/>
        <location filename="../app/cli/slocmd.cpp" line="+27"/>
        <source>srectl: the workspace has no Prometheus datasource</source>
        <translation>srectl: ワークスペースに Prometheus データソースがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/slocmd.cpp" line="+1"/>
        <source>srectl: no Prometheus datasource named &quot;%1&quot;</source>
        <translation>srectl: &quot;%1&quot; という名前の Prometheus データソースはありません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>srectl %1: cannot write %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>srectl report budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>srectl report budget: unknown option &quot;%1&quot; (expected --period, --window, --at, --format, -o)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>srectl report budget: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>srectl report budget: --format must be pdf, html, markdown or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl report budget: --format %1 needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl report budget: give either --period (2026-10, 2026-Q4) or --window (30d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl report budget: --at &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl report budget: --period &quot;%1&quot; is not a period such as 2026-10, 2026-Q4 or 2026-W44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl report budget: --window &quot;%1&quot; is not a duration such as 30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>srectl report: unknown verb &quot;%1&quot; (expected: budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="+11"/>
        <source>%1: warning from Prometheus: %2</source>
        <translation>%1: Prometheus からの警告: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BUDGET LEFT</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BURN 1h</source>
        <translation>バーン 1h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BURN 6h</source>
        <translation>バーン 6h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BAD / TOTAL</source>
        <translation>不良 / 総数</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemcmd.cpp" line="-163"/>
        <location filename="../app/cli/slocmd.cpp" line="+0"/>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="+35"/>
        <source>no data: no events in the window, so the budget cannot be checked</source>
        <translation>データなし: ウィンドウ内にイベントがないため、バジェットを確認できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error budget remaining %1 is below %2</source>
        <translation>エラーバジェットの残り %1 が %2 を下回っています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>burn rate over %1 is %2, above %3</source>
        <translation>%1 のバーンレートが %2 で、%3 を上回っています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PASS %1 (budget left %2)
</source>
        <translation>合格 %1（残りバジェット %2）
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FAIL %1: %2</source>
        <translation>不合格 %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>srectl slo: unknown verb &quot;%1&quot; (expected: list, report, gate)</source>
        <translation>srectl slo: 不明なサブコマンド &quot;%1&quot;（list、report、gate のいずれかを指定してください）</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemcmd.cpp" line="+0"/>
        <location filename="../app/cli/workspacecmd.cpp" line="+20"/>
        <source>SEVERITY</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../app/cli/runbookcmd.cpp" line="-149"/>
        <source>srectl runbook %1: unexpected argument &quot;%2&quot;</source>
        <translation>srectl runbook %1: 予期しない引数 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: srectl runbook for ALERTNAME</source>
        <translation>使い方: srectl runbook for ALERTNAME</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>srectl runbook for %1: note: %2</source>
        <translation>srectl runbook for %1: 注記: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>srectl runbook for %1: %2</source>
        <translation>srectl runbook for %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>srectl runbook for %1: the runbook is on the web only: %2</source>
        <translation>srectl runbook for %1: ランブックは Web 上にしかありません: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>srectl runbook for %1: no runbook found</source>
        <translation>srectl runbook for %1: ランブックが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>srectl runbook for %1: no runbook found, and no alerting rule of that name in %2</source>
        <translation>srectl runbook for %1: ランブックが見つからず、%2 にもその名前のアラートルールがありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ALERT</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+145"/>
        <source>RUNBOOK</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>FOUND BY</source>
        <translation>検出方法</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Alerts and their runbooks</source>
        <translation>アラートと対応するランブック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runbooks no alert points to</source>
        <translation>どのアラートからも参照されていないランブック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runbooks no alert points to:</source>
        <translation>どのアラートからも参照されていないランブック:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 alerts: %2 with a runbook, %3 without; %4 runbooks no alert points to; %5 broken links or anchors</source>
        <translation>アラート %1 件: ランブックあり %2 件、なし %3 件。どのアラートからも参照されていないランブック %4 件。壊れたリンクまたはアンカー %5 件</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/workspacecmd.cpp" line="+0"/>
        <source>LOCATION</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MESSAGE</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 runbooks, %2 findings</source>
        <translation>ランブック %1 件、指摘 %2 件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>srectl runbook search: --limit needs a positive number</source>
        <translation>srectl runbook search: --limit には正の数を指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: srectl runbook search QUERY [--limit N] [--format json]</source>
        <translation>使い方: srectl runbook search QUERY [--limit N] [--format json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl runbook search: %1; using a temporary index</source>
        <translation>srectl runbook search: %1。一時インデックスを使用します</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>srectl runbook search: %1</source>
        <translation>srectl runbook search: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MATCH</source>
        <translation>一致箇所</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>srectl runbook search: no runbook matches &quot;%1&quot;</source>
        <translation>srectl runbook search: &quot;%1&quot; に一致するランブックはありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>srectl runbook: unknown verb &quot;%1&quot; (expected: for, coverage, lint, search)</source>
        <translation>srectl runbook: 不明なサブコマンド &quot;%1&quot;（for、coverage、lint、search のいずれかを指定してください）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecmd.cpp" line="+0"/>
        <source>PROBLEM</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 SLOs, %3 postmortems, %4 runbooks, %5 alerting rules; %6 errors, %7 warnings</source>
        <translation>%1: SLO %2 件、ポストモーテム %3 件、ランブック %4 件、アラートルール %5 件。エラー %6 件、警告 %7 件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>srectl workspace: unknown verb &quot;%1&quot; (expected: check)</source>
        <translation>srectl workspace: 不明なサブコマンド &quot;%1&quot;（check を指定してください）</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemexportcmd.cpp" line="+12"/>
        <source>srectl postmortem %1: which postmortem? Give its id, e.g. INC-2025-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>srectl postmortem impact: --at is not RFC 3339 or Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl postmortem impact: no postmortem &quot;%1&quot; in %2 (see srectl postmortem list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the postmortem has no `started:` time, so there is no interval to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>srectl postmortem export: --format must be html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl postmortem export: give the file to write with -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl postmortem export: --at is not RFC 3339 or Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl postmortem export: no postmortem &quot;%1&quot; in %2 (see srectl postmortem list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>srectl postmortem export: warning: no impact chart for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl postmortem export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

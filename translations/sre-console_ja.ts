<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BudgetReport</name>
    <message>
        <location filename="../models/reports/budgetreport.cpp" line="+265"/>
        <source>Error-budget review: %1</source>
        <translation>エラーバジェットレビュー: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>**Workspace:** %1  
**Period:** %2%3  
**Generated:** %4</source>
        <translation>**ワークスペース:** %1  
**期間:** %2%3  
**生成日時:** %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (in progress)</source>
        <translation> (進行中)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget consumed</source>
        <translation>消費バジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget remaining</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad / total events</source>
        <translation>不良 / 全イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+56"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Prometheus could not answer: %1</source>
        <translation>Prometheus が応答できませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective: %1 (own window: %2)</source>
        <translation>目標: %1（SLO 自身のウィンドウ: %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLI: %1 (%2 bad of %3 events)</source>
        <translation>SLI: %1（%3 件中 %2 件が不良イベント）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget consumed: %1 (%2 of %3 allowed bad events); remaining: %4</source>
        <translation>消費バジェット: %1（許容される不良イベント %3 件中 %2 件）、残り: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data only from %1: the numbers cover part of the period</source>
        <translation>データは %1 以降のみ: 数値は期間の一部のみを対象としています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents in the period.</source>
        <translation>期間内にインシデントはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad events</source>
        <translation>不良イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of budget</source>
        <translation>バジェットに占める割合</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open action items</source>
        <translation>未完了のアクションアイテム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../models/reports/export/reporthtml.cpp" line="+244"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../models/reports/export/reportcharts.cpp" line="+30"/>
        <source>%1: error budget remaining</source>
        <translation>%1: 残りエラーバジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget remaining</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remaining</source>
        <translation>残り</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ideal</source>
        <translation>理想</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>budget spent</source>
        <translation>消費バジェット</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: burn rate per 5 minutes</source>
        <translation>%1: 5 分ごとのバーンレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burn rate</source>
        <translation>バーンレート</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>budget pace (1)</source>
        <translation>バジェットペース (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page (14.4)</source>
        <translation>ページング (14.4)</translation>
    </message>
    <message>
        <location filename="../models/reports/export/reporthtml.cpp" line="-160"/>
        <source>Error-budget review: %1</source>
        <translation>エラーバジェットレビュー: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace:</source>
        <translation>ワークスペース:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (in progress)</source>
        <translation> (進行中)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated:</source>
        <translation>生成日時:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget used</source>
        <translation>消費バジェット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget left</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+59"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Prometheus could not answer: %1</source>
        <translation>Prometheus が応答できませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective: %1 (own window: %2)</source>
        <translation>目標: %1（SLO 自身のウィンドウ: %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLI: %1 (%2 bad of %3 events)</source>
        <translation>SLI: %1（%3 件中 %2 件が不良イベント）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget consumed: %1 (%2 of %3 allowed bad events); remaining: %4</source>
        <translation>消費バジェット: %1（許容される不良イベント %3 件中 %2 件）、残り: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data only from %1: the numbers cover part of the period</source>
        <translation>データは %1 以降のみ: 数値は期間の一部のみを対象としています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No incidents in the period.</source>
        <translation>期間内にインシデントはありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad events</source>
        <translation>不良イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of budget</source>
        <translation>バジェットに占める割合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open action items</source>
        <translation>未完了のアクションアイテム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
</context>
<context>
    <name>sre::AlertCatalogModel</name>
    <message>
        <location filename="../models/alertcatalog.cpp" line="+217"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>web only: %1</source>
        <translation>Web のみ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>sre::AlertRulesTab</name>
    <message>
        <location filename="../widgets/alerts/rulestab.cpp" line="+21"/>
        <source>Alert rules</source>
        <translation>アラートルール</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No alerting rules.
Put Prometheus rule files (or PrometheusRule objects) under rules/, or connect a Prometheus datasource.</source>
        <translation>アラートルールがありません。
rules/ に Prometheus のルールファイル (または PrometheusRule オブジェクト) を置くか、Prometheus データソースを接続してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alert matches the filter.</source>
        <translation>フィルターに一致するアラートはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter alerts by name, severity, group, source or runbook (Ctrl+F)</source>
        <translation>名前、重大度、グループ、ソース、ランブックでアラートを絞り込み (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 件のアラート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n without a runbook</source>
        <translation>
            <numerusform>ランブックなし %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n rule(s) only there</source>
        <translation>
            <numerusform>%1: このソースにのみ存在するルール %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: rules not available</source>
        <translation>%1: ルールを取得できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an alert to see its runbook.</source>
        <translation>アラートを選択するとランブックが表示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open runbook</source>
        <translation>ランブックを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No runbook found.</source>
        <translation>ランブックが見つかりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runbook is on the web only: %1</source>
        <translation>このランブックは Web 上にのみあります: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
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
        <translation>担当者なし (ローテーション開始前)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation:</source>
        <translation>エスカレーション:</translation>
    </message>
</context>
<context>
    <name>sre::AlertsPage</name>
    <message>
        <location filename="../widgets/alerts/alertspage.cpp" line="+34"/>
        <location line="+81"/>
        <source>Firing now</source>
        <translation>発火中</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+82"/>
        <source>Silences</source>
        <translation>サイレンス</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Firing now (%1)</source>
        <translation>発火中 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silences (%1)</source>
        <translation>サイレンス (%1)</translation>
    </message>
</context>
<context>
    <name>sre::ChecklistPanel</name>
    <message>
        <location filename="../widgets/runbook/checklistpanel.cpp" line="+24"/>
        <source>Add ticked steps to the timeline</source>
        <translation>チェックした手順をタイムラインに追加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close checklist</source>
        <translation>チェックリストを閉じる</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No postmortem with the id %1 in this workspace.</source>
        <translation>このワークスペースには ID が %1 のポストモーテムがありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
Done at %2 UTC</source>
        <translation>%1
%2 UTC に完了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident %1: this runbook has no task list or numbered steps.</source>
        <translation>インシデント %1: このランブックにはタスクリストも番号付きの手順もありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Incident %1: %2 of %3 steps done</source>
        <translation>インシデント %1: %3 手順中 %2 手順が完了</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Checklist not saved: %1</source>
        <translation>チェックリストを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 runbook, step %2 done: %3</source>
        <translation>ランブック %1 の手順 %2 を完了: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline not updated: %1</source>
        <translation>タイムラインを更新できませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to the timeline of %1: %2</source>
        <translation>%1 のタイムラインに追加しました: %2</translation>
    </message>
</context>
<context>
    <name>sre::CoverageView</name>
    <message>
        <location filename="../widgets/runbook/coverageview.cpp" line="+52"/>
        <source>No workspace open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking coverage…</source>
        <translation>カバレッジを確認中…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>on the web only: %1</source>
        <translation>Web 上のみ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts without a runbook (%1)</source>
        <translation>ランブックのないアラート (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runbooks no alert points to (%1)</source>
        <translation>どのアラートからも参照されていないランブック (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broken links and anchors (%1)</source>
        <translation>リンク切れ・アンカー切れ (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 alerts: %2 with a runbook, %3 without. Double-click a runbook or a finding to open it.</source>
        <translation>アラート %1 件: ランブックあり %2 件、なし %3 件。ランブックまたは指摘をダブルクリックすると開きます。</translation>
    </message>
</context>
<context>
    <name>sre::DiffDialog</name>
    <message>
        <location filename="../widgets/postmortem/diffdialog.cpp" line="+56"/>
        <source>No difference.</source>
        <translation>差分はありません。</translation>
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
    <name>sre::FiringAlertsModel</name>
    <message>
        <location filename="../models/firingalertsexport.cpp" line="+31"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firing since (UTC)</source>
        <translation>発火開始 (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All labels</source>
        <translation>すべてのラベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <location filename="../models/firingalertsmodel.cpp" line="+56"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firing since</source>
        <translation>発火開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>silenced (%1)</source>
        <translation>サイレンス中 (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acked by %1 until %2</source>
        <translation>%1 により %2 まで確認済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>silenced by %1 until %2</source>
        <translation>%1 により %2 までサイレンス中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inhibited by %1</source>
        <translation>%1 により抑止中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppressed</source>
        <translation>抑制中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprocessed</source>
        <translation>未処理</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%1 (%n alert(s))</source>
        <translation>
            <numerusform>%1 (%n 件のアラート)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 active</source>
        <translation>アクティブ %1 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 silenced</source>
        <translation>サイレンス中 %1 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 inhibited</source>
        <translation>抑止中 %1 件</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1% left</source>
        <translation>残り %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>burn %1×</source>
        <translation>バーン %1×</translation>
    </message>
</context>
<context>
    <name>sre::FiringTab</name>
    <message>
        <location filename="../widgets/alerts/firingtab.cpp" line="+62"/>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter: severity=&quot;critical&quot; service=~&quot;pay.*&quot; @state=active @age&gt;10m @silenced_by=me (Ctrl+F)</source>
        <translation>フィルター: severity=&quot;critical&quot; service=~&quot;pay.*&quot; @state=active @age&gt;10m @silenced_by=me (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../widgets/alerts/firingtabactions.cpp" line="+212"/>
        <source>Saved filters</source>
        <translation>保存済みフィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the filter under a name, or delete a saved one</source>
        <translation>フィルターに名前を付けて保存、または保存済みのフィルターを削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Filter As…</source>
        <translation>フィルターに名前を付けて保存…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete Saved Filter</source>
        <translation>保存済みフィルターを削除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Labels to group by, separated by commas</source>
        <translation>グループ化に使うラベル (カンマ区切り)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask every Alertmanager now (F5)</source>
        <translation>すべての Alertmanager に今すぐ問い合わせ (F5)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Silence…</source>
        <translation>サイレンス…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence the selected alerts or groups (S)</source>
        <translation>選択したアラートまたはグループをサイレンス (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ack</source>
        <translation>確認</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Acknowledge: silence each selected alert on its exact labels for %n minute(s) (A)</source>
        <translation>
            <numerusform>確認: 選択した各アラートを、そのラベルに完全一致する条件で %n 分間サイレンス (A)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as Markdown</source>
        <translation>Markdown としてコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows, or everything shown, as a Markdown table (Ctrl+C)</source>
        <translation>選択した行、または表示中のすべてを Markdown の表としてコピー (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every alert shown as CSV</source>
        <translation>表示中のすべてのアラートを CSV として保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by:</source>
        <translation>グループ化:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export Alerts</source>
        <translation>アラートをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>In “%1”: %2</source>
        <translation>「%1」内: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Below: the last alerts each Alertmanager reported (all of them answered at %1).</source>
        <translation>以下は各 Alertmanager が最後に報告したアラートです (すべて %1 時点の応答)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below: the alerts of the Alertmanagers that answered.</source>
        <translation>以下は応答した Alertmanager のアラートです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale: %1
%2</source>
        <translation>古いデータ: %1
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not updated yet</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No Alertmanager in this workspace.
Add a datasource with “type: alertmanager” to workspace.yaml to see what is firing.</source>
        <translation>このワークスペースには Alertmanager がありません。
発火中のアラートを表示するには、workspace.yaml に「type: alertmanager」のデータソースを追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is firing.</source>
        <translation>発火中のアラートはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking Alertmanager…</source>
        <translation>Alertmanager に問い合わせ中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Alertmanager answered yet.</source>
        <translation>まだどの Alertmanager からも応答がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No firing alert matches the filter.</source>
        <translation>フィルターに一致する発火中のアラートはありません。</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/firingtabactions.cpp" line="-162"/>
        <source>Select the alerts or groups to silence first.</source>
        <translation>先にサイレンスするアラートまたはグループを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Silence %1 created.</source>
        <translation>サイレンス %1 を作成しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to ack: select alerts that are not silenced.</source>
        <translation>確認するアラートがありません: サイレンスされていないアラートを選択してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Acking %n alert(s)…</source>
        <translation>
            <numerusform>%n 件のアラートを確認中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Acked %n alert(s) for %1 minutes.</source>
        <translation>
            <numerusform>%n 件のアラートを %1 分間確認済みにしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ack failed: %1</source>
        <translation>確認に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep alive while firing</source>
        <translation>発火中は確認を自動延長</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New acks are extended shortly before they end, for as long as the alert fires. Only this console extends the acks it made; the others show them.</source>
        <translation>新しい確認は、アラートが発火している間、終了の少し前に延長されます。確認を延長するのはそれを作成したこのコンソールだけで、他のコンソールでは表示のみです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not extend an ack: %1</source>
        <translation>確認を延長できませんでした: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The alert of that notification is no longer firing.</source>
        <translation>その通知のアラートはもう発火していません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No runbook found for %1.</source>
        <translation>%1 のランブックが見つかりません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied every alert shown as Markdown.</source>
        <translation>表示中のすべてのアラートを Markdown としてコピーしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n row(s) as Markdown.</source>
        <translation>
            <numerusform>%n 行を Markdown としてコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/firingtabdetail.cpp" line="+24"/>
        <location line="+42"/>
        <source>Select an alert to see when it fired before and the postmortems about it.</source>
        <translation>アラートを選択すると、過去の発火とそのポストモーテムが表示されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This group holds different alerts: select one of them to see when it fired before.</source>
        <translation>このグループには異なるアラートが含まれています: 過去の発火を見るには、そのうちの 1 つを選択してください。</translation>
    </message>
</context>
<context>
    <name>sre::FiringTimeline</name>
    <message>
        <location filename="../widgets/alerts/firingtimeline.cpp" line="+62"/>
        <source>Fired %1 (%2), for %3</source>
        <translation>%1 (%2) に発火、継続時間 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still firing at the end of the period.</source>
        <translation>期間の終了時点でまだ発火中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already firing when the period began: active since %1, %2 earlier.</source>
        <extracomment>%1: date and time the alert became active (ALERTS_FOR_STATE), %2: how long before the period</extracomment>
        <translation>期間の開始時点で既に発報中: %1 からアクティブ (%2 前)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already firing when the period began.</source>
        <translation>期間の開始時点で既に発火中でした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an alert to see when it fired.</source>
        <translation>アラートを選択すると発火した日時が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n firing(s)</source>
        <translation>
            <numerusform>%1: %n 回発火</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Days in %1</source>
        <translation>日付 (%1)</translation>
    </message>
</context>
<context>
    <name>sre::HeaderForm</name>
    <message>
        <location filename="../widgets/postmortem/headerform.cpp" line="+41"/>
        <source>What happened, in a few words</source>
        <translation>何が起きたかを簡潔に</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity: pick one or type your own scale (SEV1, …)</source>
        <translation>重大度: 選択するか、独自の尺度を入力 (SEV1, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated names</source>
        <translation>カンマ区切りの名前</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity:</source>
        <translation>重大度:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detected:</source>
        <translation>検知:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mitigated:</source>
        <translation>緩和:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved:</source>
        <translation>解決:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLOs:</source>
        <translation>SLO:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors:</source>
        <translation>作成者:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Set this time</source>
        <translation>この時刻を設定</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The workspace defines none</source>
        <translation>ワークスペースに定義がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none) ▾</source>
        <translation>(なし) ▾</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In the workspace time zone %1 (%2); stored in UTC</source>
        <translation>ワークスペースのタイムゾーン %1 (%2) での時刻。UTC で保存されます</translation>
    </message>
</context>
<context>
    <name>sre::HistoryTab</name>
    <message>
        <location filename="../widgets/alerts/historytab.cpp" line="+49"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period of the Noisiest alerts table</source>
        <translation>「ノイズの多いアラート」の表の期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Prometheus again</source>
        <translation>Prometheus に再度問い合わせ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Noisiest alerts</source>
        <translation>ノイズの多いアラート</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The workspace has no Prometheus datasource: alert history comes from its ALERTS series.</source>
        <translation>このワークスペースには Prometheus データソースがありません: アラート履歴は Prometheus の ALERTS 系列から取得します。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Loading %n day(s) of alert history from %1…</source>
        <translation>
            <numerusform>%1 から %n 日分のアラート履歴を読み込み中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert history not available: %1</source>
        <translation>アラート履歴を取得できません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 〜 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No alert fired from %1.</source>
        <translation>%1 に発火したアラートはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alert series fired, %1</source>
        <translation>
            <numerusform>%1 に %n 件のアラート系列が発火</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus からの警告: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an alert to see its runbook.</source>
        <translation>アラートを選択するとランブックが表示されます。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No runbook found for %1.</source>
        <translation>%1 のランブックが見つかりません。</translation>
    </message>
</context>
<context>
    <name>sre::IncidentChecklist</name>
    <message>
        <location filename="../models/incidentchecklist.cpp" line="+65"/>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+27"/>
        <location line="+22"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1: not a checklist file: %2</source>
        <translation>%1: チェックリストファイルではありません: %2</translation>
    </message>
</context>
<context>
    <name>sre::IncidentDeclaration</name>
    <message>
        <location filename="../models/incidentdeclaration.cpp" line="+51"/>
        <source>no postmortem template (built-in or in templates/)</source>
        <translation>ポストモーテムのテンプレートがありません (組み込みのものも templates/ 内のものもありません)</translation>
    </message>
</context>
<context>
    <name>sre::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+89"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+0"/>
        <source>On call</source>
        <translation>オンコール</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Declare incident</source>
        <translation>インシデントを宣言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The incident was not declared: %1</source>
        <translation>インシデントは宣言されませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declared %1 (%2)</source>
        <translation>%1 を宣言しました (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared %1 (%2); %3</source>
        <translation>%1 を宣言しました (%2)。%3</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No postmortem %1 in this workspace</source>
        <translation>このワークスペースにはポストモーテム %1 がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved text of %1 is waiting: open Postmortems (Ctrl+2) to restore it</source>
        <translation>%1 の未保存のテキストがあります: 復元するにはポストモーテム (Ctrl+2) を開いてください</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="+24"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>新しいワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>バジェットレポートをエクスポート(&amp;B)…</translation>
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
        <location line="+0"/>
        <source>&amp;On Call</source>
        <translation>オンコール(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check &amp;Datasources Now</source>
        <translation>データソースを今すぐ確認(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review &amp;Meeting Mode</source>
        <translation>レビュー会議モード(&amp;M)</translation>
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
        <location line="+34"/>
        <source>Clear List</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="+157"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>SRE Console</source>
        <translation>SRE Console</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — SRE Console</source>
        <translation>%1 — SRE Console</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace: %1 (UTC: &quot;%2&quot; in workspace.yaml is not a time zone)</source>
        <translation>ワークスペース: %1 (UTC: workspace.yaml の &quot;%2&quot; はタイムゾーンではありません)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace: %1 (%2)</source>
        <translation>ワークスペース: %1 (%2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No workspace open — File ▸ Open Workspace (Ctrl+O)</source>
        <translation>ワークスペースが開かれていません — ファイル ▸ ワークスペースを開く (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read-only</source>
        <translation>読み取り専用</translation>
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
        <translation>クイックフィックス</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Remove &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を削除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the role, not the person: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>人ではなく役割を書く: &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what happened: &quot;%1&quot;</source>
        <translation>何が起きたかを書く: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort the timeline by time</source>
        <translation>タイムラインを時刻順に並べ替え</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name an owner in the action items table</source>
        <translation>アクションアイテム表に担当者を記入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a due date in the action items table</source>
        <translation>アクションアイテム表に期限を設定</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Why?</source>
        <translation>なぜ？</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ctrl+. for a quick fix</source>
        <translation>Ctrl+. でクイックフィックス</translation>
    </message>
</context>
<context>
    <name>sre::MarkdownView</name>
    <message>
        <location filename="../widgets/common/markdownview.cpp" line="+173"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>links of type &quot;%1&quot; are not opened</source>
        <translation>種類が &quot;%1&quot; のリンクは開きません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no heading &quot;#%1&quot; in this runbook</source>
        <translation>このランブックには見出し &quot;#%1&quot; がありません</translation>
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
        <translation>%1 は存在しません</translation>
    </message>
</context>
<context>
    <name>sre::NoisiestAlertsModel</name>
    <message>
        <location filename="../models/noisiestalertsmodel.cpp" line="+142"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firings</source>
        <translation>発火回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages / week</source>
        <translation>呼び出し / 週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night pages</source>
        <translation>夜間の呼び出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time firing</source>
        <translation>発火時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median duration</source>
        <translation>継続時間の中央値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flap score</source>
        <translation>フラップスコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fired</source>
        <translation>最終発火</translation>
    </message>
</context>
<context>
    <name>sre::OncallPage</name>
    <message>
        <location filename="../widgets/oncall/oncallpage.cpp" line="+76"/>
        <source>On call</source>
        <translation>オンコール</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Earlier</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week before (Alt+Left)</source>
        <translation>前の週を表示 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the 14 days from today (Alt+Home)</source>
        <translation>今日から 14 日間を表示 (Alt+Home)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week after (Alt+Right)</source>
        <translation>次の週を表示 (Alt+Right)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The handle the console knows you by: your shifts are outlined</source>
        <translation>コンソールがあなたを識別するハンドル名: あなたのシフトは枠線で囲まれます</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When (your time)</source>
        <translation>日時 (ローカル時刻)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Rotation</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>From</source>
        <comment>the person handing over</comment>
        <translation>交代前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <comment>the person taking over</comment>
        <translation>交代後</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From (your time)</source>
        <translation>開始 (ローカル時刻)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <comment>the end time of a gap</comment>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps</source>
        <translation>担当の空き</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handovers</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No on-call schedule in this workspace.

Add an oncall.yaml with your rotations (members, length, handoff) or an iCalendar export of your paging service to see who is on call, the next handovers and any gaps.</source>
        <translation>このワークスペースにはオンコールのスケジュールがありません。

現在のオンコール担当、次の引き継ぎ、担当の空きを表示するには、ローテーション (members、length、handoff) を記述した oncall.yaml か、呼び出しサービスからエクスポートした iCalendar を追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workspace open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>never fetched</source>
        <translation>未取得</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetched just now</source>
        <translation>たった今取得</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>fetched %n min ago</source>
        <translation>
            <numerusform>%n 分前に取得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>fetched %n h ago</source>
        <translation>
            <numerusform>%n 時間前に取得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>fetched %n days ago</source>
        <translation>
            <numerusform>%n 日前に取得</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — stale</source>
        <extracomment>A calendar fetched from a URL that could not be refreshed: its shifts may be out of date.</extracomment>
        <translation>%1 — 古いデータ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 calendar: %2</source>
        <extracomment>&quot;&lt;rotation&gt; calendar: fetched 12 min ago&quot;</extracomment>
        <translation>%1 のカレンダー: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ddd M/d HH:mm</source>
        <extracomment>Date and time in the on-call page&apos;s tables (QDateTime format).</extracomment>
        <translation>M/d (ddd) HH:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (past)</source>
        <extracomment>Added to a table cell&apos;s tooltip: the handover or gap is over.</extracomment>
        <translation>%1 (終了)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Gaps: none in these %n day(s)</source>
        <translation>
            <numerusform>担当の空き: この %n 日間はなし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Gaps: %n</source>
        <translation>
            <numerusform>担当の空き: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set your handle…</source>
        <translation>ハンドル名を設定…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You: %1…</source>
        <translation>あなた: %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you (%1) are on call in %2 until %3</source>
        <translation>あなた (%1) は %3 まで %2 のオンコール担当です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your next shift (%1): %2 from %3</source>
        <translation>あなた (%1) の次のシフト: %2 (%3 から)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set your handle to see your own shifts</source>
        <translation>自分のシフトを表示するにはハンドル名を設定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you (%1) have no shift in these days</source>
        <translation>あなた (%1) はこの期間にシフトがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule in %1, shown in your time (%2) · %3</source>
        <translation>スケジュールは %1、ローカル時刻 (%2) で表示 · %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your handle</source>
        <translation>ハンドル名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your handle in oncall.yaml (empty: your login name):</source>
        <translation>oncall.yaml でのあなたのハンドル名 (空欄の場合はログイン名):</translation>
    </message>
</context>
<context>
    <name>sre::OncallStatus</name>
    <message>
        <location filename="../widgets/common/oncallstatus.cpp" line="+31"/>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>nobody (%1)</source>
        <translation>担当者なし (%1)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>%1 (%2)</source>
        <extracomment>One stale calendar in the status bar: &quot;&lt;rotation&gt; (3 h old)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>never fetched</source>
        <translation>未取得</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min old</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h old</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days old</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Times in your time zone (%1).</source>
        <extracomment>Last line of the status bar&apos;s on-call tooltip: the zone its times are in</extracomment>
        <translation>時刻はあなたのタイムゾーン (%1) です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 calendar: %2</source>
        <extracomment>Tooltip line of the status bar: &quot;&lt;rotation&gt; calendar: 3 h old (stale)&quot;</extracomment>
        <translation>%1 のカレンダー: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stale)</source>
        <translation>(古い)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>next try at %1</source>
        <extracomment>When a calendar whose refresh failed is fetched again (a time of day, HH:mm).</extracomment>
        <translation>次の再試行 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stale: %1</source>
        <extracomment>In the status bar after who is on call: the calendars whose shifts may be out of date.</extracomment>
        <translation>古い: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> until %1; next: %2</source>
        <translation> %1 まで。次: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On call: %1</source>
        <translation>オンコール担当: %1</translation>
    </message>
</context>
<context>
    <name>sre::OncallTimeline</name>
    <message>
        <location filename="../widgets/oncall/oncalltimeline.cpp" line="+84"/>
        <source>Gap: nobody on call</source>
        <translation>空き: オンコール担当者なし</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>ddd yyyy-MM-dd HH:mm</source>
        <extracomment>Date and time in tooltips of the on-call timeline (QDateTime format).</extracomment>
        <translation>yyyy-MM-dd (ddd) HH:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: nobody on call</source>
        <translation>%1: オンコール担当者なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (override)</source>
        <translation>%1: %2 (オーバーライド)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your shift.</source>
        <translation>あなたのシフトです。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2 – %3 (%4)
%5 – %6 (UTC)
%7</source>
        <translation>%1
%2 – %3 (%4)
%5 – %6 (UTC)
%7</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ddd</source>
        <extracomment>Day tick of the on-call timeline, first line (QDate format).</extracomment>
        <translation>ddd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M/d</source>
        <extracomment>Day tick of the on-call timeline, second line (QDate format).</extracomment>
        <translation>M/d</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (you)</source>
        <translation>%1 (あなた)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gap</source>
        <comment>the short label of a gap bar too narrow for the whole text</comment>
        <translation>空き</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ddd HH:mm</source>
        <extracomment>Time inside a bar of the on-call timeline (QDateTime format).</extracomment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (override)</source>
        <translation>%1 (オーバーライド)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shift</source>
        <translation>シフト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gap (nobody on call)</source>
        <translation>空き (担当者なし)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your shifts</source>
        <translation>あなたのシフト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your shifts (%1)</source>
        <translation>あなたのシフト (%1)</translation>
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
        <location filename="../widgets/postmortem/postmortemeditor.cpp" line="+39"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact from SLOs</source>
        <translation>SLO から見た影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>← Postmortems</source>
        <translation>← ポストモーテム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Alt+Left); unsaved text stays in the editor and its recovery file</source>
        <translation>一覧に戻る (Alt+Left)。未保存のテキストはエディターとリカバリーファイルに残ります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the postmortem (Ctrl+S)</source>
        <translation>ポストモーテムを保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write figures</source>
        <translation>数値を書き込む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write time to detect, mitigate and resolve and the impact duration into the text</source>
        <translation>検知・緩和・解決までの時間と影響時間を本文に書き込む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad events and error budget consumed by each linked SLO between started and resolved</source>
        <translation>開始から解決までの間に、リンクされた各 SLO で発生した不良イベントと消費されたエラーバジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to HTML or PDF, or print</source>
        <translation>HTML または PDF にエクスポート、または印刷</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Derived from the times above; &quot;Write figures&quot; puts them into the text</source>
        <translation>上の時刻から算出。「数値を書き込む」で本文に書き込みます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections: click to jump</source>
        <translation>セクション: クリックで移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Write the bad events and the share of the error budget each linked SLO lost between started and resolved into the Impact section (from Prometheus)</source>
        <translation>開始から解決までの間に、リンクされた各 SLO の不良イベントと失われたエラーバジェットの割合を Impact セクションに書き込む（Prometheus から取得）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this postmortem as PDF or HTML with the SLO chart, or print it (Ctrl+P)</source>
        <translation>このポストモーテムを SLO チャート付きの PDF または HTML にエクスポート、または印刷 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No postmortem open</source>
        <translation>ポストモーテムが開かれていません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited · copy kept for recovery</source>
        <translation>編集済み · 復元用のコピーを保持</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline (%1)</source>
        <translation>タイムライン (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items (%1)</source>
        <translation>アクションアイテム (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to detect %1 · to mitigate %2 · to resolve %3 · impact duration %4</source>
        <translation>検知まで %1 · 緩和まで %2 · 解決まで %3 · 影響時間 %4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>hint: %1: %2</source>
        <translation>ヒント: %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No findings: blameless language and every required section are fine.</source>
        <translation>指摘はありません: 表現はブレームレスで、必須セクションもすべて記入されています。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n language finding(s)</source>
        <translation>
            <numerusform>表現の指摘 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n completeness finding(s)</source>
        <translation>
            <numerusform>記入漏れの指摘 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n style hint(s)</source>
        <translation>
            <numerusform>%n 件の文体ヒント</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/postmortem/postmortemeditorfiles.cpp" line="+46"/>
        <source>the workspace is on a read-only file system</source>
        <translation>ワークスペースは読み取り専用のファイルシステム上にあります</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unsaved text from %1 was kept when the app last closed without saving. The file has changed on disk since then.</source>
        <translation>前回アプリが保存せずに終了したときの、%1 の未保存テキストが残っています。その後、ディスク上のファイルが変更されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved text from %1 was kept when the app last closed without saving.</source>
        <translation>前回アプリが保存せずに終了したときの、%1 の未保存テキストが残っています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Recovered text and the file on disk</source>
        <translation>復元したテキストとディスク上のファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>on disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>recovered</source>
        <translation>復元版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read-only: %1 cannot be changed here (%2). You can read, export and print it.</source>
        <translation>読み取り専用: %1 はここでは変更できません (%2)。閲覧、エクスポート、印刷はできます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save postmortem</source>
        <translation>ポストモーテムを保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text is safe in the recovery file; try again or save elsewhere.</source>
        <translation>テキストはリカバリーファイルに安全に保存されています。もう一度試すか、別の場所に保存してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 には未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recovery copy failed: %1</source>
        <translation>リカバリーコピーを作成できませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was deleted or moved on disk. Save to write it again.</source>
        <translation>%1 はディスク上で削除または移動されました。保存すると再度書き込まれます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file changed on disk (another editor or a git pull) and was reloaded.</source>
        <translation>ディスク上のファイルが変更されたため（別のエディターまたは git pull）、再読み込みしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file changed on disk (another editor or a git pull) while you were editing it.</source>
        <translation>編集中にディスク上のファイルが変更されました（別のエディターまたは git pull）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep mine</source>
        <translation>自分の変更を保持</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes on disk and your text</source>
        <translation>ディスク上の変更と編集中のテキスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>編集中</translation>
    </message>
</context>
<context>
    <name>sre::PostmortemList</name>
    <message>
        <location filename="../widgets/postmortem/postmortemlist.cpp" line="+33"/>
        <source>Postmortems</source>
        <translation>ポストモーテム</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show postmortems with this status</source>
        <translation>このステータスのポストモーテムを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show postmortems of this severity</source>
        <translation>この重大度のポストモーテムを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show postmortems that affected this service</source>
        <translation>このサービスに影響したポストモーテムを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show postmortems of incidents that started in this period</source>
        <translation>この期間に開始したインシデントのポストモーテムを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>過去 12 か月間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>昨年</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No postmortem matches the filter.</source>
        <translation>フィルターに一致するポストモーテムはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No postmortems yet.
They are Markdown files under postmortems/ — start one with New (Ctrl+N).</source>
        <translation>ポストモーテムはまだありません。
ポストモーテムは postmortems/ 配下の Markdown ファイルです — 「新規…」(Ctrl+N) から作成できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search postmortems: id, title, service, author or any word of the text (Ctrl+F)</source>
        <translation>ポストモーテムを検索: ID、タイトル、サービス、作成者、本文中の任意の語 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blameless-language and completeness findings of the selected postmortem</source>
        <translation>選択したポストモーテムに対する、ブレームレスな表現と記入漏れの指摘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New postmortem from a template (Ctrl+N)</source>
        <translation>テンプレートから新しいポストモーテムを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any service</source>
        <translation>すべてのサービス</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n postmortem(s)</source>
        <translation>
            <numerusform>%n 件のポストモーテム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>下書き %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a postmortem to read it.</source>
        <translation>ポストモーテムを選択すると内容が表示されます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No findings: blameless language and every required section are fine.</source>
        <translation>指摘はありません: 表現はブレームレスで、必須セクションもすべて記入されています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <location line="+5"/>
        <source>New postmortem</source>
        <translation>新しいポストモーテム</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>What happened, in a few words</source>
        <translation>何が起きたかを簡潔に</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>sre::PostmortemPage</name>
    <message>
        <location filename="../widgets/postmortem/postmortempage.cpp" line="+67"/>
        <source>Export as PDF or HTML…</source>
        <translation>PDF または HTML にエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open postmortem</source>
        <translation>ポストモーテムを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved text is waiting in %1. Open it to save, restore or discard it.</source>
        <translation>%1 に未保存のテキストがあります。開いて保存、復元、または破棄してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+18"/>
        <location line="+9"/>
        <source>Impact from SLOs</source>
        <translation>SLO に基づく影響</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The workspace has no Prometheus datasource to take the SLO data from.</source>
        <translation>このワークスペースには、SLO データの取得元となる Prometheus データソースがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing impact…</source>
        <translation>影響を計算中…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prometheus could not answer for:
%1</source>
        <translation>次の項目について Prometheus から応答を得られませんでした:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>Export Postmortem</source>
        <translation>ポストモーテムをエクスポート</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF ドキュメント (*.pdf);;HTML ページ (*.html)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print Postmortem</source>
        <translation>ポストモーテムを印刷</translation>
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
    <name>sre::ReplayTable</name>
    <message>
        <location filename="../widgets/slo/replaytable.cpp" line="+52"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Windows</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Factor</source>
        <translation>係数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>保留期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firings</source>
        <translation>発火回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages / week</source>
        <translation>呼び出し / 週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No incident</source>
        <translation>インシデントなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset (median)</source>
        <translation>リセット (中央値)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget before firing</source>
        <translation>発火までのバジェット消費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A: the result kept with &quot;Keep as A&quot;; B: the latest replay</source>
        <translation>A: 「A として保持」で保持した結果、B: 最新のリプレイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firings that overlap no incident: possible false pages</source>
        <translation>どのインシデントとも重ならない発火: 誤った呼び出しの可能性があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the window&apos;s error budget spent from an incident&apos;s start to the tier&apos;s first firing (the largest over the incidents)</source>
        <translation>インシデントの開始からティアの最初の発火までに消費された、ウィンドウのエラーバジェットの割合 (インシデント全体での最大値)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not in this setting</source>
        <translation>この設定にはなし</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>sre::ReportExportDialog</name>
    <message>
        <location filename="../widgets/slo/reportexportdialog.cpp" line="+51"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Export Budget Report</source>
        <translation>バジェットレポートをエクスポート</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Calendar month</source>
        <translation>暦月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar quarter</source>
        <translation>暦四半期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling window</source>
        <translation>ローリングウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;As of (%1):</source>
        <translation>基準時刻(&amp;A) (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>%1 (so far)</source>
        <translation>%1（現時点まで）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last %1</source>
        <translation>直近 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a period.</source>
        <translation>&quot;%1&quot; は有効な期間ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace has no Prometheus datasource.</source>
        <translation>このワークスペースには Prometheus データソースがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Fetching the SLO data of %n SLO(s) and writing %1…</source>
        <translation>
            <numerusform>%n 件の SLO のデータを取得し、%1 を書き込み中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written, but Prometheus could not answer for:
%1</source>
        <translation>書き込みましたが、次の項目について Prometheus から応答を得られませんでした:
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; に書き込みました。</translation>
    </message>
</context>
<context>
    <name>sre::RulesAudit</name>
    <message>
        <location filename="../models/rulesauditcheck.cpp" line="+258"/>
        <source>%1: the SLO&apos;s queries have no events for this group</source>
        <translation>%1: SLO のクエリにこのグループのイベントがありません</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: no sample at or before the audit time</source>
        <translation>%1: 監査時刻以前のサンプルがありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 series, not one per group of the SLO&apos;s group_by; not audited</source>
        <translation>%1: 系列が %2 個ありますが、SLO の group_by のグループごとではありません。監査していません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 series for one group; not audited</source>
        <translation>%1: 1 つのグループに系列が %2 個あります。監査していません</translation>
    </message>
</context>
<context>
    <name>sre::RulesAuditMark</name>
    <message>
        <location filename="../widgets/slo/rulesauditmark.cpp" line="+23"/>
        <source>The rules deployed in Prometheus record other values than the exact events give (srectl slo audit):
%1</source>
        <translation>Prometheus にデプロイされたルールが、厳密なイベント数から得られる値と異なる値を記録しています (srectl slo audit):
%1</translation>
    </message>
</context>
<context>
    <name>sre::RunbookBrowser</name>
    <message>
        <location filename="../widgets/runbook/runbookbrowser.cpp" line="+40"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back (Alt+Left)</source>
        <translation>戻る (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward (Alt+Right)</source>
        <translation>進む (Alt+Right)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a Markdown runbook; it is not opened here.</source>
        <translation>%1 は Markdown のランブックではないため、ここでは開きません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link &quot;%1&quot; not followed: %2</source>
        <translation>リンク &quot;%1&quot; を開きませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a runbook to read it, or press Ctrl+K to search.</source>
        <translation>ランブックを選択すると内容が表示されます。Ctrl+K で検索することもできます。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no heading &quot;#%1&quot; in this runbook.</source>
        <translation>このランブックには見出し &quot;#%1&quot; がありません。</translation>
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
        <translation>タイトル、パス、アラート、サービスで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All runbooks</source>
        <translation>すべてのランブック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Start checklist…</source>
        <translation>チェックリストを開始…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this runbook&apos;s task list and numbered steps into checkboxes for an incident</source>
        <translation>このランブックのタスクリストと番号付き手順を、インシデント用のチェックボックスに変換</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a runbook first.</source>
        <translation>先にランブックを開いてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start checklist</source>
        <translation>チェックリストを開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident id (its postmortem gets a timeline row per step):</source>
        <translation>インシデント ID（ポストモーテムのタイムラインに手順ごとの行が追加されます）:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (missing)</source>
        <translation>%1（見つかりません）</translation>
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
        <translation>ランブック、ポストモーテム、アラートを検索 — rb: pm: alert: で絞り込み</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indexing runbooks… %1 of %2</source>
        <translation>ランブックのインデックスを作成中… %1 / %2</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbooks</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postmortems</source>
        <translation>ポストモーテム</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Indexing runbooks…</source>
        <translation>ランブックのインデックスを作成中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. rb: searches runbooks only, pm: postmortems, alert: alert names.</source>
        <translation>見つかりませんでした。rb: はランブックのみ、pm: はポストモーテム、alert: はアラート名を検索します。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) · ↑↓ move · Enter opens · Esc closes</source>
        <translation>
            <numerusform>%n 件 · ↑↓ 移動 · Enter で開く · Esc で閉じる</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search. rb: runbooks · pm: postmortems · alert: alert names</source>
        <translation>入力して検索。rb: ランブック · pm: ポストモーテム · alert: アラート名</translation>
    </message>
</context>
<context>
    <name>sre::SearchService</name>
    <message>
        <location filename="../models/searchservice.cpp" line="+66"/>
        <source>runbook: %1</source>
        <translation>ランブック: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no runbook</source>
        <translation>ランブックなし</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>cannot create a temporary folder either</source>
        <translation>一時フォルダーも作成できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
The search index is kept in %2 until the app closes.</source>
        <translation>%1
検索インデックスはアプリを閉じるまで %2 に置かれます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
%2
Search finds alerts only until the cache folder is writable again.</source>
        <translation>%1
%2
キャッシュフォルダーに再び書き込めるようになるまで、検索はアラートだけを見つけます。</translation>
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
    <name>sre::SeenBeforePanel</name>
    <message>
        <location filename="../widgets/alerts/seenbeforepanel.cpp" line="+126"/>
        <source>Seen before</source>
        <translation>過去の発生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the last 30 days from Prometheus…</source>
        <translation>Prometheus から過去 30 日間のデータを読み込み中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in the last 30 days</source>
        <translation>過去 30 日間にはなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fired: %1</source>
        <translation>最終発火: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n firing(s) in 30 days, %1 firing in all</source>
        <translation>
            <numerusform>30 日間に %n 回発火、発火時間の合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No alert history: the workspace has no Prometheus datasource.</source>
        <translation>アラート履歴なし: このワークスペースには Prometheus データソースがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No alert history: %1</source>
        <translation>アラート履歴なし: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for postmortems…</source>
        <translation>ポストモーテムを検索中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No postmortem mentions this alert or its services.</source>
        <translation>このアラートやそのサービスに言及しているポストモーテムはありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 · connected by %3</source>
        <translation>%1 · %2 · 関連付け: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no start date</source>
        <translation>開始日なし</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open action item(s):</source>
        <translation>
            <numerusform>未完了のアクションアイテム %n 件:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::SilenceDialog</name>
    <message>
        <location filename="../widgets/alerts/silencedialog.cpp" line="+36"/>
        <source>Start later:</source>
        <translation>後で開始:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Silence</source>
        <translation>新しいサイレンス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One matcher per line: name=&quot;value&quot;, name!=&quot;value&quot;, name=~&quot;regex&quot;, name!~&quot;regex&quot;</source>
        <translation>1 行に 1 つのマッチャー: name=&quot;value&quot;, name!=&quot;value&quot;, name=~&quot;regex&quot;, name!~&quot;regex&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How long: 30m, 1h, 2h, 4h, 1d or any duration such as 1h30m</source>
        <translation>期間: 30m、1h、2h、4h、1d、または 1h30m のような任意の期間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why (required): the ticket, the change, what you are waiting for</source>
        <translation>理由 (必須): チケット、変更内容、何を待っているのか</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Matchers:</source>
        <translation>マッチャー:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>作成者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+252"/>
        <source>Create Silence</source>
        <translation>サイレンスを作成</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Edit Silence %1</source>
        <translation>サイレンス %1 を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>Save Silence</source>
        <translation>サイレンスを保存</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Line %1 (%2): %3</source>
        <translation>%1 行目 (%2): %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A silence needs at least one matcher.</source>
        <translation>サイレンスには少なくとも 1 つのマッチャーが必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a comment first: it tells the next person why this is silenced.</source>
        <translation>先にコメントを書いてください: なぜサイレンスしたのかを次の担当者に伝えるためのものです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a duration (use 30m, 2h, 1d, 1h30m)</source>
        <translation>期間ではありません (30m、2h、1d、1h30m のように指定してください)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ends %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Matches now: —</source>
        <translation>現在の一致: —</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Matches %n alert(s) at the last refresh; asking Alertmanager…</source>
        <translation>
            <numerusform>前回の更新では %n 件のアラートに一致。Alertmanager に問い合わせ中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Matches %n alert(s) at the last refresh (Alertmanager did not answer: %1)</source>
        <translation>
            <numerusform>前回の更新では %n 件のアラートに一致 (Alertmanager の応答なし: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Matches %n alert(s) now:</source>
        <translation>
            <numerusform>現在 %n 件のアラートに一致:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No alert firing now matches these matchers.</source>
        <translation>これらのマッチャーに一致する発火中のアラートは現在ありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>sre::SilencesTab</name>
    <message>
        <location filename="../widgets/alerts/silencestab.cpp" line="+39"/>
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
        <location line="+1"/>
        <source>%1m</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt; 1m</source>
        <translation>&lt; 1 分</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My acks</source>
        <translation>自分の確認</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter silences by matcher, author, comment or id (Ctrl+F)</source>
        <translation>マッチャー、作成者、コメント、ID でサイレンスを絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only your acks that have not ended, with their age and the time they have left</source>
        <translation>終了していない自分の確認だけを、経過時間と残り時間とともに表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark</source>
        <translation>マーク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matchers</source>
        <translation>マッチャー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New Silence…</source>
        <translation>新しいサイレンス…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end of the selected silences later</source>
        <translation>選択したサイレンスの終了時刻を延ばす</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by %1</source>
        <translation>%1 延長</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expire…</source>
        <translation>期限切れにする…</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+140"/>
        <source>⏳ ends soon</source>
        <translation>⏳ まもなく終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ just expired</source>
        <translation>✓ 期限切れ直後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∅ no alert</source>
        <translation>∅ アラートなし</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+146"/>
        <source>ack</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+146"/>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts in %1</source>
        <translation>%1 後に開始</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+152"/>
        <source>in %1 (%2)</source>
        <translation>%1 後 (%2)</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>End the selected silences now (Delete); from the menu, all that the filter shows (Shift+Delete)</source>
        <translation>選択したサイレンスを今すぐ終了します (Delete)。メニューからはフィルターで表示中のすべて (Shift+Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expire All Shown…	Shift+Del</source>
        <translation>表示中をすべて期限切れにする…	Shift+Del</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>in force since %1</source>
        <translation>%1 から有効</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2 (%3)
%4 → %5 UTC</source>
        <translation>%1 → %2 (%3)
%4 → %5 UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id %1 on %2</source>
        <translation>%2 上の ID %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No Alertmanager in this workspace.</source>
        <translation>このワークスペースには Alertmanager がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No silences.</source>
        <translation>サイレンスはありません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asking Alertmanager…</source>
        <translation>Alertmanager に問い合わせ中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no acks in force (as %1). Ack an alert in Firing now with A.</source>
        <translation>あなた (%1) の有効な確認はありません。「発火中」でアラートを選択し、A キーで確認できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your acks matches the filter.</source>
        <translation>フィルターに一致する自分の確認はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No active, pending or recently expired silences.</source>
        <translation>アクティブ、保留中、最近期限切れになったサイレンスはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No silence matches the filter.</source>
        <translation>フィルターに一致するサイレンスはありません。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select the silences to expire first.</source>
        <translation>先に期限切れにするサイレンスを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter shows no silence that has not ended.</source>
        <translation>フィルターで表示中の、終了していないサイレンスはありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expire Silences</source>
        <translation>サイレンスを期限切れにする</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Expire %n silence(s) now? The alerts they silence notify again.</source>
        <translation>
            <numerusform>%n 件のサイレンスを今すぐ期限切れにしますか？ サイレンスされていたアラートは再び通知されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expire</source>
        <translation>期限切れにする</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Expired %n silence(s).</source>
        <translation>
            <numerusform>%n 件のサイレンスを期限切れにしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not expire: %1</source>
        <translation>期限切れにできませんでした: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select active or pending silences to extend.</source>
        <translation>延長するアクティブまたは保留中のサイレンスを選択してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not extend %1: %2</source>
        <translation>%1 を延長できませんでした: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extended; Alertmanager replaced silence %1 with %2.</source>
        <translation>延長しました。Alertmanager はサイレンス %1 を %2 に置き換えました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended silence %1.</source>
        <translation>サイレンス %1 を延長しました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved; Alertmanager replaced silence %1 with %2.</source>
        <translation>保存しました。Alertmanager はサイレンス %1 を %2 に置き換えました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved silence %1.</source>
        <translation>サイレンス %1 を保存しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Silence %1 created.</source>
        <translation>サイレンス %1 を作成しました。</translation>
    </message>
</context>
<context>
    <name>sre::SloDetailView</name>
    <message>
        <location filename="../widgets/slo/slodetailview.cpp" line="+46"/>
        <location line="+449"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>← Overview</source>
        <translation>← 概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every SLO (Backspace)</source>
        <translation>すべての SLO に戻る (Backspace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open runbook</source>
        <translation>ランブックを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole window again (0 or Home on a chart; double-click resets too).
Drag on a chart to zoom into a time range, wheel to zoom, Shift+wheel to pan.</source>
        <translation>ウィンドウ全体を再表示（グラフ上で 0 または Home、ダブルクリックでもリセット）。
グラフ上でドラッグすると時間範囲にズーム、ホイールでズーム、Shift+ホイールでパン。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Windows</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Factor</source>
        <translation>係数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Burn long / short</source>
        <translation>バーンレート 長期 / 短期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firing</source>
        <translation>発火</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tier fires when the burn rate over both its long and its short window reaches its factor.</source>
        <translation>長期ウィンドウと短期ウィンドウの両方でバーンレートが係数に達すると、そのティアが発火します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Burn-rate alert tiers&lt;/b&gt;</source>
        <translation>&lt;b&gt;バーンレートアラートのティア&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <location line="+8"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+223"/>
        <location line="+1"/>
        <location line="+22"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>SLI &lt;b&gt;%1&lt;/b&gt; (objective %2 %)</source>
        <translation>SLI &lt;b&gt;%1&lt;/b&gt;（目標 %2 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget left &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>残りバジェット &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burn 1h &lt;b&gt;%1&lt;/b&gt; · 6h &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>バーン 1h &lt;b&gt;%1&lt;/b&gt; · 6h &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window %1</source>
        <translation>ウィンドウ %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>SLI against the objective</source>
        <translation>SLI と目標</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Error budget remaining</source>
        <translation>残りエラーバジェット</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Burn rate</source>
        <translation>バーンレート</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&lt;p&gt;Fetching the numbers of %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 の数値を取得中…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching the numbers…</source>
        <translation>数値を取得中…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SLI per hour</source>
        <translation>1 時間ごとの SLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI over the preceding %1</source>
        <translation>直前 %1 の SLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI since the period start</source>
        <translation>期間開始からの SLI</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Error budget remaining over the preceding %1 (rolling)</source>
        <translation>直前 %1 のエラーバジェット残量 (ローリング)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Objective %1 %</source>
        <translation>目標 %1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Error budget burndown of the period</source>
        <translation>期間中のエラーバジェットのバーンダウン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideal (spent evenly)</source>
        <translation>理想（均等に消費）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period budget left</source>
        <translation>期間の残りバジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+91"/>
        <source>Budget remaining</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Exhausted</source>
        <translation>枯渇</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1h</source>
        <translation>1h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6h</source>
        <translation>6h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2×</source>
        <translation>%1 %2×</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2 (%3) — click to open</source>
        <translation>%1 %2 (%3) — クリックして開く</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incidents (postmortems naming this SLO)</source>
        <translation>インシデント（この SLO を挙げているポストモーテム）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>ありません。</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>calendar %1 (%2)</source>
        <translation>暦%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data only from</source>
        <translation>データの開始</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Source</source>
        <translation>データ元</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>recorded series since %1</source>
        <translation>%1 以降は記録系列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recorded series</source>
        <translation>記録系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SLO&apos;s own queries</source>
        <translation>SLO 自身のクエリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget consumed</source>
        <translation>消費済みバジェット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total events</source>
        <translation>全イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad events</source>
        <translation>不良イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad events allowed</source>
        <translation>許容される不良イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime allowed</source>
        <translation>許容されるダウンタイム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime used</source>
        <translation>使用済みダウンタイム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 1h / 6h</source>
        <translation>バーン 1h / 6h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to exhaustion</source>
        <translation>枯渇までの時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exhausted</source>
        <translation>枯渇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the 1h burn rate</source>
        <translation>1h のバーンレートで %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not burning</source>
        <translation>消費なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stale: the latest refresh failed (%1). These are the last good numbers.</source>
        <translation>古いデータ: 最新の更新に失敗しました（%1）。最後に正常に取得した数値を表示しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not reading the recorded series of the generated rules: %1</source>
        <translation>生成したルールの記録系列は使っていません: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>▲ FIRING</source>
        <translation>▲ 発火中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: severity %2</source>
        <translation>%1: 重大度 %2</translation>
    </message>
</context>
<context>
    <name>sre::SloEngine</name>
    <message>
        <location filename="../models/sloengine.cpp" line="+98"/>
        <source>replaced by a newer evaluation</source>
        <translation>新しい評価に置き換えられました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the evaluation was interrupted</source>
        <translation>評価が中断されました</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>the check was interrupted</source>
        <translation>チェックが中断されました</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>%1 of the %2 recorded samples since %3 are off the 5m grid of the newest ones (the rule group moved)</source>
        <translation>%3 以降に記録された %2 個のサンプルのうち %1 個が、最新のサンプルの 5m グリッドから外れています (ルールグループが移動しました)</translation>
    </message>
</context>
<context>
    <name>sre::SloOverviewModel</name>
    <message>
        <location filename="../models/slooverviewmodel.cpp" line="+20"/>
        <location line="+237"/>
        <location line="+5"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="-207"/>
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
        <translation>バジェットの推移</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The rules Prometheus has loaded for this SLO differ from the ones generated from its spec (Export rules… writes them):
%1</source>
        <translation>Prometheus が読み込んだこの SLO のルールは、仕様から生成したルールと異なります (「ルールをエクスポート…」で書き出せます):
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SLO rules deployed in Prometheus record other values than the exact events give:
%1</source>
        <translation>Prometheus にデプロイされた SLO ルールが、厳密なイベント数から得られる値と異なる値を記録しています:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 (%2 of %n out of budget)</source>
        <translation>
            <numerusform>%1 (%n 件中 %2 件がバジェット超過)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+14"/>
        <source>rules drifted</source>
        <translation>ルールにずれあり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules differ</source>
        <translation>ルールの値が異なる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../widgets/slo/slopage.cpp" line="+38"/>
        <source>SLOs</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Filter SLOs by service, name or status (Ctrl+F)</source>
        <translation>サービス、名前、ステータスで SLO を絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+142"/>
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
        <location line="-123"/>
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
        <translation>ミーティングモード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen in large type for an error-budget review (F11, Ctrl+Shift+P); arrow keys step through the SLOs, Esc leaves</source>
        <translation>エラーバジェットレビュー用に大きな文字で全画面表示 (F11, Ctrl+Shift+P)。矢印キーで SLO を切り替え、Esc で終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export rules…</source>
        <translation>ルールをエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Prometheus recording and burn-rate alerting rules for every SLO (the same as srectl slo rules)</source>
        <translation>すべての SLO の Prometheus レコーディングルールとバーンレートのアラートルールを書き出す (srectl slo rules と同じ)</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
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
    <message>
        <location filename="../widgets/slo/rulesexport.cpp" line="+26"/>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Export Rules</source>
        <translation>ルールをエクスポート</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The workspace has no SLOs to export.</source>
        <translation>このワークスペースにはエクスポートする SLO がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some SLO specs have errors (see the Problems panel), so their SLOs would be missing from the rules. Export the others anyway?</source>
        <translation>一部の SLO の定義にエラーがあるため (問題パネルを参照)、それらの SLO はルールに含まれません。それ以外をエクスポートしますか？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prometheus rule file (*.yaml *.yml)</source>
        <translation>Prometheus ルールファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes PrometheusRule (*.yaml *.yml)</source>
        <translation>Kubernetes PrometheusRule (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not write %1: %2

Choose another folder, or check its permissions and free space.</source>
        <translation>%1 を書き込めませんでした: %2

別のフォルダーを選択するか、フォルダーのアクセス権と空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>sre::SloRefresher</name>
    <message>
        <location filename="../models/slorefresher.cpp" line="+79"/>
        <source>This workspace has no Prometheus datasource: add one to workspace.yaml to see live SLO numbers.</source>
        <translation>このワークスペースには Prometheus データソースがありません。SLO の最新の数値を表示するには workspace.yaml に追加してください。</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+38"/>
        <source>The refresh was interrupted; the next one will try again.</source>
        <translation>更新が中断されました。次回の更新で再試行します。</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%1 (and %n more error(s))</source>
        <translation>
            <numerusform>%1（ほか %n 件のエラー）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has loaded none of the generated rule groups (%2*).</source>
        <translation>%1 は生成されたルールグループ (%2*) をひとつも読み込んでいません。</translation>
    </message>
</context>
<context>
    <name>sre::SloReplayView</name>
    <message>
        <location filename="../widgets/slo/sloreplayview.cpp" line="+137"/>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep as A</source>
        <translation>A として保持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop comparing</source>
        <translation>比較をやめる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every 1m</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 5m</source>
        <translation>5 分ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if: page-fast:factor=10,for=2m; fast30:long=30m,short=5m,share=2%</source>
        <translation>仮定: page-fast:factor=10,for=2m; fast30:long=30m,short=5m,share=2%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits of the tiers, separated by &quot;;&quot;: NAME:KEY=VALUE,… with the keys factor, share, long, short, for and severity. A new NAME adds a tier.</source>
        <translation>ティアの変更を &quot;;&quot; で区切って指定: NAME:KEY=VALUE,… (キーは factor、share、long、short、for、severity)。新しい NAME を指定するとティアが追加されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This SLO pages per group: replay all groups together, or one group as its own alert would have fired</source>
        <translation>この SLO はグループごとに通知します。全グループをまとめて、または 1 つのグループをそのアラートが発火したとおりにリプレイします</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep this result as A, to compare the next replays (B) with it tier by tier</source>
        <translation>この結果を A として保持し、次のリプレイ (B) とティアごとに比較します</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Burn rates of</source>
        <translation>バーンレートを表示するティア:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+25"/>
        <source>Replay evaluates the SLO&apos;s alert tiers over its history, minute by minute.</source>
        <translation>リプレイは、SLO のアラートのティアを過去のデータに対して 1 分ごとに評価します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This workspace has no Prometheus datasource.</source>
        <translation>このワークスペースには Prometheus データソースがありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no burn-rate tiers: add one under &quot;What if&quot;.</source>
        <translation>%1 にはバーンレートのティアがありません: 「仮定」で追加してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Fetching one-minute events of %1 and replaying %n tier(s)…</source>
        <translation>
            <numerusform>%1 の 1 分ごとのイベントを取得し、%n 個のティアをリプレイ中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The replay was cancelled.</source>
        <translation>リプレイはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All groups together</source>
        <translation>全グループまとめて</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n firing(s)</source>
        <translation>
            <numerusform>%1 — 発火 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Burn rate of %1: both windows at or above %2 fire</source>
        <translation>%1 のバーンレート: 両方のウィンドウで %2 以上になると発火</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Burn over %1</source>
        <translation>%1 のバーンレート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor %1</source>
        <translation>係数 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replay failed: %1</source>
        <translation>リプレイに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1 from %2 to %3: %n incident(s) from the postmortems.</source>
        <translation>
            <numerusform>%1 (%2 〜 %3): ポストモーテムのインシデント %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2, every %3</source>
        <translation>%1 から %2 まで、%3 ごと</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (group %2)</source>
        <translation>%1(グループ %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the SLO&apos;s own tiers</source>
        <translation>SLO 自身のティア</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comparing A: %1 with B: %2.</source>
        <translation>A: %1 と B: %2 を比較しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A covers %1; B covers %2.</source>
        <translation>A の範囲は %1、B の範囲は %2 です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &quot;What if&quot; and replay to change B.</source>
        <translation>「What if」を編集してリプレイすると B が変わります。</translation>
    </message>
</context>
<context>
    <name>sre::SloServiceTreeModel</name>
    <message>
        <location filename="../models/sloservicetreemodel.cpp" line="+173"/>
        <source>Service / SLO</source>
        <translation>サービス / SLO</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%1 (%n SLO(s))</source>
        <translation>
            <numerusform>%1（SLO %n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::SloTimeBar</name>
    <message>
        <location filename="../widgets/slo/slotimebar.cpp" line="+31"/>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each SLO&apos;s own window</source>
        <translation>各 SLO 固有のウィンドウ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Rolling %1 days</source>
        <translation>
            <numerusform>ローリング %1 日間</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar month</source>
        <translation>暦月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar quarter</source>
        <translation>暦四半期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window every number and chart is computed over</source>
        <translation>すべての数値とグラフの計算対象となるウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar period, in the workspace&apos;s time zone</source>
        <translation>暦上の期間（ワークスペースのタイムゾーン）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate now; untick to look at the numbers as of an earlier time</source>
        <translation>現在時刻で評価。チェックを外すと過去の時点の数値を表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate as of this time (workspace time zone)</source>
        <translation>この時点で評価（ワークスペースのタイムゾーン）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 s</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 min</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 min</source>
        <translation>5 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 min</source>
        <translation>15 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the numbers are fetched again</source>
        <translation>数値を再取得する間隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window:</source>
        <translation>ウィンドウ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As of:</source>
        <translation>基準時刻:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-refresh:</source>
        <translation>自動更新:</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (current)</source>
        <translation>%1（現在）</translation>
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
        <location filename="../widgets/postmortem/tableeditor.cpp" line="+144"/>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a row below the selected one (Ctrl+Enter in the table)</source>
        <translation>選択した行の下に行を追加 (表内で Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected row (Ctrl+Delete in the table)</source>
        <translation>選択した行を削除 (表内で Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by time</source>
        <translation>時刻で並べ替え</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order the rows by their time; rows without a time move with the row above</source>
        <translation>行を時刻順に並べ替え。時刻のない行は上の行と一緒に移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste lines…</source>
        <translation>行を貼り付け…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste lines such as &quot;14:32 alert fired&quot; or a chat export; each timed line becomes a row</source>
        <translation>&quot;14:32 アラート発火&quot; のような行やチャットのエクスポートを貼り付け。時刻付きの各行が 1 行になります</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Paste timeline lines</source>
        <translation>タイムラインの行を貼り付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One event per line, starting with its time (&quot;14:32 alert fired&quot;, &quot;[14:32] alice: restarted the pods&quot;, &quot;2025-01-15 14:32 — …&quot;). Lines without a time continue the event above.</source>
        <translation>1 行に 1 イベントを、時刻から書き始めます（&quot;14:32 アラート発火&quot;、&quot;[14:32] alice: Pod を再起動&quot;、&quot;2025-01-15 14:32 — …&quot;）。時刻のない行は上のイベントの続きになります。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>期限切れ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::TableRowsModel</name>
    <message>
        <location line="-163"/>
        <source>Overdue: the due date has passed and the item is still open</source>
        <translation>期限切れ: 期限を過ぎていますが、まだ完了していません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
</context>
<context>
    <name>sre::TimeChartView</name>
    <message>
        <location filename="../widgets/charts/timechartview.cpp" line="+195"/>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>sre::TrayNotifier</name>
    <message>
        <location filename="../widgets/tray/traynotifier.cpp" line="+42"/>
        <source>&amp;Open SRE Console</source>
        <translation>SRE Console を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet &amp;mode</source>
        <translation>静音モード(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No desktop notifications; critical alerts still break through when set</source>
        <translation>デスクトップ通知を表示しません。設定している場合、重大なアラートは引き続き通知されます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+88"/>
        <source>SRE Console</source>
        <translation>SRE Console</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>SRE Console: %n critical alert(s) firing, not silenced</source>
        <translation>
            <numerusform>SRE Console: サイレンスされていない重大なアラートが %n 件発火中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sre::WelcomePage</name>
    <message>
        <location filename="../widgets/welcome/welcomepage.cpp" line="+39"/>
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent workspaces</source>
        <translation>最近のワークスペース</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h1&gt;Welcome to SRE Console&lt;/h1&gt;&lt;p&gt;SLOs and error budgets from Prometheus, blameless postmortems and runbooks, around one workspace folder your team keeps in git.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;SRE Console へようこそ&lt;/h1&gt;&lt;p&gt;Prometheus の SLO とエラーバジェット、ブレームレスなポストモーテム、ランブックを、チームが git で管理する一つのワークスペースフォルダーにまとめます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Acme Shop, a small online shop: SLOs, postmortems, runbooks and alert rules, opened as your own copy.</source>
        <translation>小さなオンラインショップ Acme Shop の SLO、ポストモーテム、ランブック、アラートルールを、あなた用のコピーとして開きます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo is not installed.</source>
        <translation>デモはインストールされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its SLO numbers come from a Prometheus at &lt;code&gt;%1&lt;/code&gt; that holds the demo&apos;s metrics (edit the URL in the copy&apos;s workspace.yaml to use another). From a source checkout, &lt;code&gt;scripts/demo.sh&lt;/code&gt; runs the whole demo instead: it starts Prometheus and Alertmanager with generated history and opens the console on them. Without a Prometheus the SLO page says the datasource is unreachable; postmortems and runbooks work all the same.</source>
        <translation>SLO の数値は、デモのメトリクスを持つ &lt;code&gt;%1&lt;/code&gt; の Prometheus から取得します (別の Prometheus を使うには、コピーの workspace.yaml の URL を編集してください)。ソースのチェックアウトからは &lt;code&gt;scripts/demo.sh&lt;/code&gt; でデモ全体を動かせます: 生成した履歴で Prometheus と Alertmanager を起動し、その上でコンソールを開きます。Prometheus がなければ SLO ページはデータソースに接続できないと表示しますが、ポストモーテムとランブックはそのまま使えます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a folder…</source>
        <translation>フォルダーを開く…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A workspace your team already has: workspace.yaml, slos/, postmortems/, runbooks/. Any folder of SLO files opens too.</source>
        <translation>チームの既存のワークスペース (workspace.yaml、slos/、postmortems/、runbooks/)。SLO ファイルだけのフォルダーも開けます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a workspace…</source>
        <translation>ワークスペースを作成…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name it, point it at your Prometheus (and Alertmanager), test the connection. Writes workspace.yaml and the folders.</source>
        <translation>名前を付け、Prometheus (と Alertmanager) を指定して接続を確認します。workspace.yaml とフォルダーを作成します。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot copy the demo: %1</source>
        <translation>デモをコピーできません: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not found)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer exists</source>
        <translation>%1 はもう存在しません</translation>
    </message>
</context>
<context>
    <name>sre::WizardNamePage</name>
    <message>
        <location filename="../widgets/welcome/workspacewizardpages.cpp" line="+90"/>
        <source>Name the workspace</source>
        <translation>ワークスペースの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workspace is a folder your team keeps in git: workspace.yaml, SLO files, postmortems and runbooks.</source>
        <translation>ワークスペースはチームが git で管理するフォルダーです: workspace.yaml、SLO ファイル、ポストモーテム、ランブック。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Payments team</source>
        <translation>例: 決済チーム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new folder, or an existing one without workspace.yaml (for example your git checkout).</source>
        <translation>新しいフォルダー、または workspace.yaml のない既存のフォルダー (git のチェックアウトなど)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar periods (months, quarters) and times are shown in it; everything is stored in UTC. Type to search, e.g. &quot;Tokyo&quot;.</source>
        <translation>暦の期間 (月、四半期) と時刻はこのタイムゾーンで表示され、保存はすべて UTC です。入力して検索できます (例: &quot;Tokyo&quot;)。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workspace Folder</source>
        <translation>ワークスペースのフォルダー</translation>
    </message>
</context>
<context>
    <name>sre::WizardPrometheusPage</name>
    <message>
        <location line="+32"/>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to Prometheus</source>
        <translation>Prometheus に接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the SLO numbers come from: Prometheus, or anything with its HTTP API (Thanos, Mimir, Cortex, VictoriaMetrics).</source>
        <translation>SLO の数値の取得元: Prometheus、または同じ HTTP API を持つもの (Thanos、Mimir、Cortex、VictoriaMetrics)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bearer token from a file</source>
        <translation>ファイルの Bearer トークン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basic auth: user name and password file</source>
        <translation>Basic 認証: ユーザー名とパスワードファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token File</source>
        <translation>トークンファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token &amp;file:</source>
        <translation>トークンファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password File</source>
        <translation>パスワードファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password file:</source>
        <translation>パスワードファイル(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the file&apos;s path goes into workspace.yaml; the secret stays in the file and is read when a request needs it. Keep the file outside the workspace.</source>
        <translation>workspace.yaml に書かれるのはファイルのパスだけです。秘密はファイルに残り、リクエストの際に読み込まれます。ファイルはワークスペースの外に置いてください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
</context>
<context>
    <name>sre::WizardRunbooksPage</name>
    <message>
        <location line="+25"/>
        <source>Alerts and runbooks</source>
        <translation>アラートとランブック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both optional. Alertmanager shows firing alerts and silences; runbook folders are searched offline and opened from an alert.</source>
        <translation>どちらも任意です。Alertmanager は発火中のアラートとサイレンスを表示し、ランブックのフォルダーはオフラインで検索され、アラートから開かれます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runbook Folder</source>
        <translation>ランブックのフォルダー</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert&amp;manager URL:</source>
        <translation>Alertmanager の URL(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook &amp;folders:</source>
        <translation>ランブックのフォルダー(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace&apos;s own runbooks/ folder is always included. Add folders such as a checkout of your team&apos;s runbook repository.</source>
        <translation>ワークスペース自身の runbooks/ フォルダーは常に含まれます。チームのランブックリポジトリのチェックアウトなどを追加してください。</translation>
    </message>
</context>
<context>
    <name>sre::WizardSummaryPage</name>
    <message>
        <location line="+39"/>
        <source>Create the workspace</source>
        <translation>ワークスペースを作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish writes this workspace.yaml and the folders slos/, postmortems/, runbooks/ and templates/, then opens the workspace.</source>
        <translation>完了すると、この workspace.yaml とフォルダー slos/、postmortems/、runbooks/、templates/ を作成し、ワークスペースを開きます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In %1:</source>
        <translation>%1 に:</translation>
    </message>
</context>
<context>
    <name>sre::WorkspaceWizard</name>
    <message>
        <location filename="../widgets/welcome/workspacewizard.cpp" line="+15"/>
        <source>Create a Workspace</source>
        <translation>ワークスペースの作成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
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
        <location line="+6"/>
        <source>a rule group must be a mapping with name and rules</source>
        <translation>ルールグループは name と rules を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>group &quot;%1&quot; has no &quot;rules&quot; list</source>
        <translation>グループ &quot;%1&quot; に &quot;rules&quot; リストがありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rule must be a mapping with alert (or record) and expr</source>
        <translation>ルールは alert (または record) と expr を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>alerting rule needs both &quot;alert&quot; and &quot;expr&quot;</source>
        <translation>アラートルールには &quot;alert&quot; と &quot;expr&quot; の両方が必要です</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a rule file: expected &quot;groups:&quot; or a PrometheusRule with &quot;spec.groups&quot;</source>
        <translation>ルールファイルではありません: &quot;groups:&quot; または &quot;spec.groups&quot; を持つ PrometheusRule が必要です</translation>
    </message>
    <message>
        <location filename="../models/alerting/oncall.cpp" line="+53"/>
        <source>ics must be a file path or a mapping with path or url</source>
        <translation>ics はファイルパス、または path か url を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ics url &quot;%1&quot; is not an https URL</source>
        <translation>ics の url &quot;%1&quot; は https の URL ではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;token&quot; holds a secret inside oncall.yaml, which is kept in git; use token_file or token_env instead (the value is ignored)</source>
        <translation>&quot;token&quot; は git で管理される oncall.yaml の中にシークレットを保持しています。代わりに token_file または token_env を使ってください (この値は無視されます)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ics needs a path or a url</source>
        <translation>ics には path または url が必要です</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>person_from &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>person_from &quot;%1&quot; は有効な正規表現ではありません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>person_field must be summary or attendee</source>
        <translation>person_field は summary または attendee でなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotation has no name</source>
        <translation>ローテーションに名前がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotation &quot;%1&quot; has neither members nor ics</source>
        <translation>ローテーション &quot;%1&quot; に members も ics もありません</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+14"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Asia/Tokyo); using UTC</source>
        <translation>不明なタイムゾーン &quot;%1&quot; (Asia/Tokyo のような IANA 名を使ってください)。UTC を使います</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a rotation must be a mapping with name and members</source>
        <translation>ローテーションは name と members を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>override must be a mapping with rotation, member, from, to</source>
        <translation>override は rotation、member、from、to を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown time zone &quot;%1&quot; for %2 (use an IANA name such as Europe/Berlin)</source>
        <translation>%2 のタイムゾーン &quot;%1&quot; が不明です (Europe/Berlin のような IANA 名を使ってください)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>override names unknown rotation &quot;%1&quot;</source>
        <translation>override に不明なローテーション &quot;%1&quot; が指定されています</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>oncall.yaml must be a mapping with &quot;rotations:&quot;</source>
        <translation>oncall.yaml は &quot;rotations:&quot; を含むマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>override needs RFC 3339 &quot;from&quot; before &quot;to&quot;</source>
        <translation>override には RFC 3339 形式の &quot;from&quot; と、それより後の &quot;to&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../models/alerting/apirules.cpp" line="+44"/>
        <source>/api/v1/rules: not JSON: %1</source>
        <translation>/api/v1/rules: JSON ではありません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/api/v1/rules: %1</source>
        <translation>/api/v1/rules: %1</translation>
    </message>
    <message>
        <location filename="../models/alerting/icaltime.cpp" line="+59"/>
        <source>unknown time zone &quot;%1&quot;; reading the time as %2</source>
        <translation>不明なタイムゾーン &quot;%1&quot;。時刻を %2 として読み取ります</translation>
    </message>
    <message>
        <location filename="../models/alerting/ical.cpp" line="+193"/>
        <source>&quot;%1&quot; is not in people: of oncall.yaml (add it to a person&apos;s handles)</source>
        <translation>&quot;%1&quot; は oncall.yaml の people: にありません (いずれかの人の handles に追加してください)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event &quot;%1&quot; does not match person_from &quot;%2&quot;; skipped</source>
        <translation>イベント &quot;%1&quot; は person_from &quot;%2&quot; に一致しません。スキップしました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>event has no DTSTART; skipped</source>
        <translation>イベントに DTSTART がありません。スキップしました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>event has an invalid DTSTART; skipped</source>
        <translation>イベントの DTSTART が無効です。スキップしました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event ends before it starts; skipped</source>
        <translation>イベントの終了が開始より前です。スキップしました</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>repeating event lasts %1 days, more than a year; skipped</source>
        <translation>繰り返しイベントの長さが %1 日で 1 年を超えています。スキップしました</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>RRULE cannot be expanded; skipped</source>
        <translation>RRULE を展開できません。スキップしました</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>RRULE repeats more than %1 times before the end of the time asked for; later instances are left out</source>
        <translation>RRULE が指定された期間の終わりまでに %1 回を超えて繰り返されます。それ以降の繰り返しは含まれません</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>person_from is not a valid regular expression</source>
        <translation>person_from は有効な正規表現ではありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>iCalendar: %1</source>
        <translation>iCalendar: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>calendar is larger than 16 MB; not read</source>
        <translation>カレンダーが 16 MB を超えているため、読み込みません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>iCalendar ファイルではありません (BEGIN:VCALENDAR がありません)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an iCalendar file</source>
        <translation>iCalendar ファイルではありません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read calendar: %1</source>
        <translation>カレンダーを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../models/alerting/seenbefore.cpp" line="+57"/>
        <source>front matter</source>
        <translation>フロントマター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location filename="../models/alerting/icsfetch.cpp" line="+136"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>rotation &quot;%1&quot;: the calendar %2 was last fetched %3 (stale)</source>
        <translation>ローテーション &quot;%1&quot;: カレンダー %2 の最終取得は %3 です (古いデータ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1; next try at %2</source>
        <extracomment>After why a calendar could not be fetched: when the console asks its server again.</extracomment>
        <translation>%1。次の再試行 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rotation &quot;%1&quot;: cannot refresh the calendar %2: %3; showing the copy fetched %4 (stale)</source>
        <translation>ローテーション &quot;%1&quot;: カレンダー %2 を更新できません: %3。%4 に取得したコピーを表示しています (古いデータ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rotation &quot;%1&quot;: cannot fetch the calendar %2: %3</source>
        <translation>ローテーション &quot;%1&quot;: カレンダー %2 を取得できません: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the last refresh failed</source>
        <translation>前回の更新に失敗しました</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not an https URL</source>
        <translation>https の URL ではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the token is empty</source>
        <translation>トークンが空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL has a {token} placeholder but neither token_file nor token_env is set</source>
        <translation>URL に {token} プレースホルダーがありますが、token_file も token_env も設定されていません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the fetch was stopped</source>
        <translation>取得を中止しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server answered 304 Not Modified to a request without validators</source>
        <translation>検証用ヘッダーのないリクエストに対してサーバーが 304 Not Modified を返しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer is not an iCalendar file (HTTP %1, %2)</source>
        <translation>応答が iCalendar ファイルではありません (HTTP %1、%2)</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+75"/>
        <source>rotation &quot;%1&quot;: cannot write the calendar cache in %2</source>
        <translation>ローテーション &quot;%1&quot;: %2 にカレンダーのキャッシュを書き込めません</translation>
    </message>
</context>
<context>
    <name>sre::alerting::AlertFilter</name>
    <message>
        <location filename="../models/alerting/alertfilter.cpp" line="+80"/>
        <source>missing the closing }</source>
        <translation>閉じ括弧 } がありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a label name such as severity or a word such as @state</source>
        <translation>severity のようなラベル名、または @state のようなキーワードが必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown word %1; known: @state, @age, @silenced_by, @receiver</source>
        <translation>不明なキーワード %1。使用可能: @state, @age, @silenced_by, @receiver</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected =, !=, =~ or !~ after %1</source>
        <translation>%1 の後には =、!=、=~、!~ のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>@age takes &gt; or &lt;, as in @age&gt;10m</source>
        <translation>@age には @age&gt;10m のように &gt; または &lt; を使います</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only @age takes &gt; or &lt;</source>
        <translation>&gt; と &lt; を使えるのは @age だけです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>@state takes = or !=, as in @state=active|suppressed</source>
        <translation>@state には @state=active|suppressed のように = または != を使います</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the quote opened here is not closed</source>
        <translation>ここで開いた引用符が閉じられていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a value after %1</source>
        <translation>%1 の後に値が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a space or a comma before the next matcher</source>
        <translation>次のマッチャーの前にスペースまたはカンマが必要です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown state %1; known: active, suppressed, unprocessed, silenced, inhibited</source>
        <translation>不明な状態 %1。使用可能: active, suppressed, unprocessed, silenced, inhibited</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a duration such as 10m or 1h30m</source>
        <translation>%1 は 10m や 1h30m のような期間ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad regular expression: %1</source>
        <translation>不正な正規表現: %1</translation>
    </message>
</context>
<context>
    <name>sre::alerting::Alertmanager</name>
    <message>
        <location filename="../models/alerting/alertmanagerclient.cpp" line="+41"/>
        <location line="+9"/>
        <source>%1: Alertmanager answered HTTP %2: %3</source>
        <translation>%1: Alertmanager が HTTP %2 を返しました: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the %2-compressed answer is cut short or corrupt: %3</source>
        <translation>%1: %2 圧縮された応答が途中で切れているか壊れています: %3</translation>
    </message>
    <message>
        <location filename="../models/alerting/alertmanagerjson.cpp" line="+40"/>
        <location filename="../models/alerting/alertsreader.cpp" line="+260"/>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1: JSON ではありません: オフセット %3 で %2</translation>
    </message>
    <message>
        <location filename="../models/alerting/alertsreader.cpp" line="+5"/>
        <source>/api/v2/alerts: expected a JSON array of alerts</source>
        <translation>/api/v2/alerts: アラートの JSON 配列が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/api/v2/alerts: an alert without fingerprint</source>
        <translation>/api/v2/alerts: fingerprint のないアラートがあります</translation>
    </message>
    <message>
        <location filename="../models/alerting/alertmanagerjson.cpp" line="+114"/>
        <source>/api/v2/silences: expected a JSON array of silences</source>
        <translation>/api/v2/silences: サイレンスの JSON 配列が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>/api/v2/silences: a silence without id</source>
        <translation>/api/v2/silences: id のないサイレンスがあります</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>/api/v2/status: not an Alertmanager status (no &quot;cluster&quot;)</source>
        <translation>/api/v2/status: Alertmanager のステータスではありません (&quot;cluster&quot; がありません)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>POST /api/v2/silences: the answer has no silenceID</source>
        <translation>POST /api/v2/silences: 応答に silenceID がありません</translation>
    </message>
</context>
<context>
    <name>sre::alerting::AlertmanagerPoller</name>
    <message>
        <location filename="../models/alerting/alertmanagerpoller.cpp" line="+372"/>
        <location line="+109"/>
        <location line="+19"/>
        <source>no Alertmanager datasource in the workspace</source>
        <translation>ワークスペースに Alertmanager データソースがありません</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>datasource %1 was removed from the workspace</source>
        <translation>データソース %1 はワークスペースから削除されました</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1; whether the silence was created is unknown (the silence list could not be read either: %2) - look at the silences before trying again</source>
        <translation>%1。サイレンスが作成されたかどうかは不明です (サイレンスの一覧も読み込めませんでした: %2)。再試行する前にサイレンスを確認してください</translation>
    </message>
    <message>
        <location filename="../models/alerting/ackkeepalive.cpp" line="+93"/>
        <location filename="../models/alerting/alertmanagerpoller.cpp" line="+81"/>
        <source>acknowledged in SRE Console</source>
        <translation>SRE Console で確認済み</translation>
    </message>
</context>
<context>
    <name>sre::alerting::IncidentDeclare</name>
    <message>
        <location filename="../models/alerting/incidentdeclare.cpp" line="+282"/>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no free incident id in %1</source>
        <translation>%1 に空いているインシデント ID がありません</translation>
    </message>
</context>
<context>
    <name>sre::alerting::Matcher</name>
    <message>
        <location filename="../models/alerting/silencebuilder.cpp" line="+55"/>
        <source>&quot;%1&quot; is not a matcher (expected name=&quot;value&quot;, !=, =~ or !~)</source>
        <translation>&quot;%1&quot; はマッチャーではありません (name=&quot;value&quot;、!=、=~、!~ のいずれかの形式が必要です)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: unbalanced quotes in the value</source>
        <translation>&quot;%1&quot;: 値の引用符が対応していません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: invalid regular expression: %2</source>
        <translation>&quot;%1&quot;: 無効な正規表現: %2</translation>
    </message>
</context>
<context>
    <name>sre::fastpath</name>
    <message>
        <location filename="../models/fastpath/recordedcheck.cpp" line="+130"/>
        <location line="+66"/>
        <source>Prometheus did not answer the check: %1</source>
        <translation>Prometheus がチェックに応答しませんでした: %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the recorded series %1 carry the label %2, which the generated rules do not set</source>
        <translation>記録された系列 %1 には、生成したルールが付けないラベル %2 が付いています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prometheus holds no %1 samples of this SLO in the hour before the evaluation (the generated rules are not deployed)</source>
        <translation>Prometheus には評価前の 1 時間にこの SLO の %1 のサンプルがありません (生成したルールがデプロイされていません)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prometheus holds %1 samples but no %2 samples</source>
        <translation>Prometheus には %1 のサンプルはありますが、%2 のサンプルがありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the recorded samples are not on one 5m grid (at %1 and at %2 past a multiple of 5 minutes): the rule group&apos;s interval or name changed</source>
        <translation>記録されたサンプルが 1 つの 5m グリッドに揃っていません (5 分の倍数から %1 と %2 ずれています): ルールグループの間隔または名前が変わりました</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 at %2 is %3, but the SLO&apos;s query counts no events there</source>
        <translation>%2 の %1 は %3 ですが、SLO のクエリではそこにイベントがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no sample at %2, but the SLO&apos;s query counts %3 events there</source>
        <translation>%1 には %2 のサンプルがありませんが、SLO のクエリではそこに %3 件のイベントがあります</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 at %2 is %3, the SLO&apos;s query gives %4</source>
        <translation>%2 の %1 は %3 ですが、SLO のクエリでは %4 です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no bucket with traffic to compare in the hour before the evaluation</source>
        <translation>評価前の 1 時間に比較できるトラフィックのあるバケットがありません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the engine was closed</source>
        <translation>エンジンは終了しています</translation>
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
        <location line="+9"/>
        <location filename="../models/postmortem/templates.cpp" line="+42"/>
        <source>front matter is not a YAML mapping</source>
        <translation>フロントマターが YAML のマッピングではありません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>front matter has no id (such as INC-2025-001)</source>
        <translation>フロントマターに id（INC-2025-001 など）がありません</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../models/postmortem/lint.cpp" line="+336"/>
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
        <location filename="../models/postmortem/lintrules.cpp" line="+27"/>
        <source>lint rules must be a YAML list of rules (- id: …)</source>
        <translation>lint ルールは YAML のルールのリスト（- id: …）でなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a lint rule must be a mapping with id, flag and suggest</source>
        <translation>lint ルールは id、flag、suggest を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lint rule</source>
        <translation>lint ルール</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>lint rule &quot;%1&quot;: followed_by &quot;%2&quot; is not &quot;participle&quot;</source>
        <translation>リントルール &quot;%1&quot;: followed_by &quot;%2&quot; は &quot;participle&quot; ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lint rule &quot;%1&quot;: severity &quot;%2&quot; is not &quot;finding&quot; or &quot;hint&quot;</source>
        <translation>リントルール &quot;%1&quot;: severity &quot;%2&quot; は &quot;finding&quot; でも &quot;hint&quot; でもありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lint rule without id</source>
        <translation>id のない lint ルール</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lint rule &quot;%1&quot; has no phrases to flag</source>
        <translation>lint ルール &quot;%1&quot; に照合するフレーズがありません</translation>
    </message>
    <message>
        <location filename="../models/postmortem/templates.cpp" line="-10"/>
        <source>a template needs YAML front matter with template: and name:</source>
        <translation>テンプレートには template: と name: を含む YAML フロントマターが必要です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a template needs an id: template: my-template</source>
        <translation>テンプレートには id が必要です: template: my-template</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>template front matter</source>
        <translation>テンプレートのフロントマター</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>sre::prom::ConnectionTester</name>
    <message>
        <location filename="../models/prometheus/connectiontest.cpp" line="+69"/>
        <source>Connection refused by %1:%2: nothing listens there. Is Prometheus running, and is the port right?</source>
        <translation>%1:%2 が接続を拒否しました: 待ち受けているものがありません。Prometheus は動いていますか? ポートは正しいですか?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer from %1 in time: a firewall or proxy may be dropping the connection.</source>
        <translation>%1 から時間内に応答がありません: ファイアウォールかプロキシが接続を落としている可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings cannot be used: %1</source>
        <translation>この設定は使えません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered, but not as a Prometheus API (%2). Check the URL: it should be the Prometheus base URL, without /graph or /api.</source>
        <translation>%1 は応答しましたが、Prometheus API としてではありません (%2)。URL を確認してください: /graph や /api を付けない Prometheus のベース URL です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP 401 from %1: the server wants credentials, or refused the ones given. Check the token or password file.</source>
        <translation>%1 から HTTP 401: 認証情報が必要か、与えた認証情報が拒否されました。トークンまたはパスワードファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP 403 from %1: the credentials were accepted but are not allowed to read.</source>
        <translation>%1 から HTTP 403: 認証情報は受け付けられましたが、読み取りが許可されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no Prometheus API (HTTP %2 for %3). Check the URL: it should be the Prometheus base URL, without /graph or /api.</source>
        <translation>%1 には Prometheus API がありません (%3 に HTTP %2)。URL を確認してください: /graph や /api を付けない Prometheus のベース URL です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prometheus at %1 refused the test query: %2</source>
        <translation>%1 の Prometheus がテストクエリを拒否しました: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 from %2: %3</source>
        <translation>%2 から HTTP %1: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host name %1 cannot be resolved (DNS). Check the spelling of the URL.</source>
        <translation>ホスト名 %1 を解決できません (DNS)。URL の綴りを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy&apos;s host name cannot be resolved (DNS): %1</source>
        <translation>プロキシのホスト名を解決できません (DNS): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS failed with %1: %2. Check the URL&apos;s scheme (http or https) and the CA file.</source>
        <translation>%1 との TLS に失敗しました: %2。URL のスキーム (http か https) と CA ファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error talking to %1: %2</source>
        <translation>%1 との通信でネットワークエラー: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was cancelled.</source>
        <translation>確認は取り消されました。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 answered the query %2 with something other than the number 1: it does not evaluate PromQL like Prometheus.</source>
        <translation>%1 はクエリ %2 に数値 1 以外を返しました: Prometheus のように PromQL を評価していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: the server answered the query %1.</source>
        <translation>接続しました: サーバーはクエリ %1 に応答しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to version %1; the query %2 answered.</source>
        <translation>バージョン %1 に接続しました。クエリ %2 に応答がありました。</translation>
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
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>%1: unreadable response: %2 - %3</source>
        <translation>%1: 読み取れない応答: %2 - %3</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+30"/>
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
        <location line="+204"/>
        <location line="+98"/>
        <location filename="../models/prometheus/transfer.cpp" line="+307"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="+126"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <location filename="../models/prometheus/transfer.cpp" line="-176"/>
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
        <location line="+106"/>
        <source>the answer stopped after its headers: no data for %1 s</source>
        <translation>応答がヘッダーの後で止まりました: %1 秒間データがありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an HTML page, not an API answer</source>
        <translation>API の応答ではなく HTML ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page &quot;%1&quot;, not an API answer</source>
        <translation>API の応答ではなく HTML ページ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer is HTML, not Prometheus JSON (a login page?)</source>
        <translation>応答が Prometheus の JSON ではなく HTML です (ログインページ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is HTML, not JSON (a login page?)</source>
        <translation>応答が JSON ではなく HTML です (ログインページ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sign-in page or proxy answers in place of the server: check the URL and the credentials of datasource %1 in workspace.yaml</source>
        <translation>サーバーの代わりにサインインページかプロキシが応答しています: workspace.yaml のデータソース %1 の URL と認証情報を確認してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redirected to %1; use that URL for the datasource</source>
        <translation>%1 にリダイレクトされました。データソースにはその URL を使用してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the response is larger than 256 MiB</source>
        <translation>応答が 256 MiB を超えています</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the response has no data.resultType</source>
        <translation>応答に data.resultType がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the %1-compressed answer is cut short or corrupt: %2</source>
        <translation>%1 圧縮の応答が途中で切れているか壊れています: %2</translation>
    </message>
</context>
<context>
    <name>sre::prom::ResponseParser</name>
    <message>
        <location filename="../models/prometheus/responsehandler.cpp" line="+27"/>
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
        <location line="+216"/>
        <source>invalid sample value &quot;%1&quot;</source>
        <translation>無効なサンプル値 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>unexpected binary value</source>
        <translation>予期しないバイナリ値</translation>
    </message>
    <message>
        <location line="+158"/>
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
        <location filename="../models/runbook/runbook.cpp" line="+149"/>
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
        <location filename="../models/runbook/searchindex.cpp" line="+207"/>
        <source>%1: cannot open the search index: %2</source>
        <translation>%1: 検索インデックスを開けません: %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1: the search index is not open</source>
        <translation>%1: 検索インデックスが開かれていません</translation>
    </message>
    <message>
        <location filename="../models/runbook/searchquery.cpp" line="+184"/>
        <location line="+142"/>
        <source>%1: the search index cannot be opened</source>
        <translation>%1: 検索インデックスを開けません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>search &quot;%1&quot; failed: %2</source>
        <translation>&quot;%1&quot; の検索に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../models/runbook/display.cpp" line="+80"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>sre::replay</name>
    <message>
        <location filename="../models/replay/replaysource.cpp" line="+86"/>
        <source>tier edit &quot;%1&quot; is not NAME:KEY=VALUE[,KEY=VALUE...]</source>
        <translation>ティアの変更 &quot;%1&quot; は NAME:KEY=VALUE[,KEY=VALUE...] の形式ではありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tier edit &quot;%1&quot;: &quot;%2&quot; is not KEY=VALUE</source>
        <translation>ティアの変更 &quot;%1&quot;: &quot;%2&quot; は KEY=VALUE の形式ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tier %1: factor &quot;%2&quot; must be a positive number</source>
        <translation>ティア %1: factor &quot;%2&quot; は正の数でなければなりません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tier %1: share &quot;%2&quot; must be a fraction in (0, 1] such as 0.02, or a percentage such as 2%</source>
        <translation>ティア %1: share &quot;%2&quot; は 0.02 のような (0, 1] の範囲の小数か、2% のようなパーセンテージでなければなりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tier %1: %2 &quot;%3&quot; is not a duration such as 1h or 5m</source>
        <translation>ティア %1: %2 &quot;%3&quot; は 1h や 5m のような期間ではありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tier %1: unknown key &quot;%2&quot; (expected factor, share, long, short, for, severity)</source>
        <translation>ティア %1: 不明なキー &quot;%2&quot; (有効な値: factor, share, long, short, for, severity)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new tier %1 needs long, short and factor or share</source>
        <translation>新しいティア %1 には long、short、および factor または share が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tier %1: the short window is longer than the long window</source>
        <translation>ティア %1: 短期ウィンドウが長期ウィンドウより長くなっています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tier %1: give factor or share, not both</source>
        <translation>ティア %1: factor と share はどちらか一方だけを指定してください</translation>
    </message>
</context>
<context>
    <name>sre::rules</name>
    <message>
        <location filename="../models/rules/rulesdrift.cpp" line="+258"/>
        <source>label %1 not set</source>
        <translation>ラベル %1 が設定されていません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annotation %1 not set</source>
        <translation>アノテーション %1 が設定されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label %1 not generated</source>
        <translation>ラベル %1 は生成されていません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annotation %1 not generated</source>
        <translation>アノテーション %1 は生成されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label %1 is &quot;%2&quot;, generated &quot;%3&quot;</source>
        <translation>ラベル %1 は &quot;%2&quot;、生成値は &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotation %1 differs</source>
        <translation>アノテーション %1 が異なります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>evaluation interval %1 s, generated %2 s</source>
        <translation>評価間隔 %1 秒、生成値 %2 秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rule not loaded</source>
        <translation>ルールが読み込まれていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expression differs</source>
        <translation>式が異なります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a &quot;for&quot; of %1 s, generated none</source>
        <translation>&quot;for&quot; が %1 秒ですが、生成されたルールにはありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loaded, but no longer generated</source>
        <translation>読み込まれていますが、もう生成されていません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>古い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing</source>
        <translation>失敗中</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>group %1 not loaded</source>
        <translation>グループ %1 が読み込まれていません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>group loaded %1 times, from %2</source>
        <translation>グループが %1 回読み込まれています (%2 から)</translation>
    </message>
    <message>
        <location filename="../models/rules/rulesaudit.cpp" line="+318"/>
        <source>NaN or Inf in the window</source>
        <translation>ウィンドウ内の NaN または Inf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time-weighted averaging</source>
        <translation>時間加重平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extrapolation at the window edge</source>
        <translation>ウィンドウ端での外挿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed rule evaluations</source>
        <translation>ルール評価の取りこぼし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexplained</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>recorded %1, exact %2</source>
        <translation>記録値 %1、厳密値 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data (no events in the window)</source>
        <translation>データなし (ウィンドウ内にイベントなし)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of the %2 samples of %3 in the %4 window are NaN or Inf (the first at %5): one interval without traffic (0/0) makes the whole window NaN</source>
        <translation>%4 ウィンドウ内の %3 のサンプル %2 個のうち %1 個が NaN または Inf です (最初は %5): トラフィックのない区間が 1 つ (0/0) あるだけでウィンドウ全体が NaN になります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no events in the %1 window: the rule records 0/0 = NaN where the engine has no data</source>
        <translation>%1 ウィンドウにイベントがありません: エンジンではデータなしとなるところを、ルールは 0/0 = NaN として記録します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recorded value is not a number</source>
        <translation>記録値が数値ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time-weighted mean of the exact %1 ratios at the rule&apos;s %2 samples is %3: the rule averages ratios, so a quiet interval weighs as much as a busy one</source>
        <translation>ルールの %2 個のサンプル時刻における厳密な %1 比率の時間加重平均は %3 です: ルールは比率を平均するため、静かな区間も忙しい区間と同じ重みになります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>increase() over the whole %1, extrapolated to the window&apos;s edges, gives %2</source>
        <translation>%1 全体の increase() はウィンドウ端まで外挿され、%2 になります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 evaluation(s) of group %2 were missed in the window</source>
        <translation>ウィンドウ内でグループ %2 の評価が %1 回取りこぼされました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neither averaging, NaN, extrapolation nor missed evaluations reproduce it</source>
        <translation>平均化、NaN、外挿、評価の取りこぼしのいずれでも再現できません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <location line="+11"/>
        <source>unknown time zone &quot;%1&quot;; using UTC</source>
        <translation>不明なタイムゾーン &quot;%1&quot;。UTC を使います</translation>
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
        <location filename="../models/slo/loader_pyrra.cpp" line="+157"/>
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
        <location filename="../models/slo/loader_pyrra.cpp" line="-139"/>
        <source>%1.metric &quot;%2&quot; is not a metric selector such as http_requests_total{job=&quot;api&quot;}</source>
        <translation>%1.metric &quot;%2&quot; は http_requests_total{job=&quot;api&quot;} のようなメトリクスセレクターではありません</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+28"/>
        <source>SLO without a name</source>
        <translation>名前のない SLO</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location filename="../models/slo/specloader.cpp" line="+67"/>
        <source>the file contains no SLO</source>
        <translation>このファイルには SLO が含まれていません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (a selector with { } inside a { ... } map must be quoted)</source>
        <translation> ({ ... } マップ内で { } を含むセレクターは引用符で囲む必要があります)</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../models/slo/specparse.cpp" line="+96"/>
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
        <source>unknown time zone &quot;%1&quot;: expected an IANA name such as Europe/Berlin; using UTC</source>
        <translation>不明なタイムゾーン &quot;%1&quot;: Europe/Berlin のような IANA 名が必要です。UTC を使います</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1: &quot;%2&quot; is not a Prometheus label name such as handler</source>
        <translation>%1: &quot;%2&quot; は handler のような Prometheus のラベル名ではありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>grouped by %1, as the queries&apos; sum by (…) says</source>
        <translation>クエリの sum by (…) に従い %1 でグループ化</translation>
    </message>
    <message>
        <location line="-103"/>
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
        <location filename="../models/workspace/snapshot.cpp" line="+40"/>
        <source>a read-only file system</source>
        <translation>読み取り専用のファイルシステム</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>duplicate SLO id &quot;%1&quot; (already defined in another file)</source>
        <translation>SLO ID &quot;%1&quot; が重複しています（別のファイルで定義済み）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the workspace is read-only (%1): postmortems open for reading, and nothing can be saved in it</source>
        <translation>ワークスペースは読み取り専用です (%1): ポストモーテムは閲覧用に開かれ、何も保存できません</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>could not load this part of the workspace: %1</source>
        <translation>ワークスペースのこの部分を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+6"/>
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
        <location line="+8"/>
        <source>datasource &quot;%1&quot;: poll_interval applies to alertmanager datasources only; ignored</source>
        <translation>データソース「%1」: poll_interval は alertmanager のデータソースにだけ使えます。無視しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>datasource &quot;%1&quot;: poll_interval &quot;%2&quot; is not a duration of at least 1s, such as 15s; polling every 15s</source>
        <translation>データソース「%1」: poll_interval「%2」は 1s 以上の期間 (例: 15s) ではありません。15s ごとに取得します</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>runbook_url_map entry must be a mapping with prefix and path</source>
        <translation>runbook_url_map の項目は prefix と path を持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>workspace.yaml must be a mapping (name, timezone, datasources, …)</source>
        <translation>workspace.yaml はマッピング（name、timezone、datasources、…）でなければなりません</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <location line="+15"/>
        <source>runbook_url_map entry needs prefix and path</source>
        <translation>runbook_url_map のエントリには prefix と path が必要です</translation>
    </message>
</context>
<context>
    <name>sre::ws::WorkspaceInit</name>
    <message>
        <location filename="../models/workspace/workspaceinit.cpp" line="+88"/>
        <source>Choose a folder for the workspace.</source>
        <translation>ワークスペースのフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has a workspace.yaml; it is left as it is. Open it instead, or choose another folder.</source>
        <translation>%1 にはすでに workspace.yaml があり、そのままにします。そちらを開くか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 は存在しますがフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Asia/Tokyo or Europe/Berlin.</source>
        <translation>不明なタイムゾーン &quot;%1&quot;: Asia/Tokyo や Europe/Berlin のような IANA 名を使ってください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Prometheus URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Prometheus の URL &quot;%1&quot; は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put no user name or password into the Prometheus URL: workspace.yaml is kept in git. Use basic auth with a password file instead.</source>
        <translation>Prometheus の URL にユーザー名やパスワードを入れないでください: workspace.yaml は git で管理されます。代わりにパスワードファイル付きの Basic 認証を使ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Alertmanager URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Alertmanager の URL &quot;%1&quot; は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the file that holds the bearer token.</source>
        <translation>Bearer トークンを保存したファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic auth needs a user name.</source>
        <translation>Basic 認証にはユーザー名が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file that holds the basic auth password.</source>
        <translation>Basic 認証のパスワードを保存したファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is not readable yet: put the secret there (only you should be able to read it, e.g. chmod 600) before the console asks Prometheus.</source>
        <translation>%1 はまだ読み取れません: コンソールが Prometheus に問い合わせる前に、秘密をそこに置いてください (本人だけが読めるように。例: chmod 600)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The answers make an invalid workspace.yaml: %1</source>
        <translation>この入力では workspace.yaml が不正になります: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+32"/>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 はすでに存在するため、そのままにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 を %2 にコピーできません。</translation>
    </message>
</context>
<context>
    <name>sre::yaml</name>
    <message>
        <location filename="../models/common/yamlutil.cpp" line="+189"/>
        <source>the file is %1 MB; YAML files are read up to %2 MB</source>
        <translation>ファイルは %1 MB です。YAML ファイルは %2 MB まで読み込みます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot start the YAML parser (out of memory)</source>
        <translation>YAML パーサーを開始できません (メモリ不足)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid YAML: %1 (byte %2)</source>
        <translation>不正な YAML: %1 (%2 バイト目)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid YAML at %1:%2: %3</source>
        <translation>%1:%2 で不正な YAML: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 at %2:%3)</source>
        <translation> (%2:%3 の %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yaml-cpp cannot read on from %1:%2: put the value there (or the one before it, with its anchor or tag) in quotes</source>
        <translation>yaml-cpp は %1:%2 から先を読み込めません: そこにある値 (またはその前の、アンカーやタグの付いた値) を引用符で囲んでください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unquoted text continued on a line that starts with a comma: put the text in quotes (yaml-cpp cannot read it)</source>
        <translation>引用符のないテキストがコンマで始まる行に続いています: テキストを引用符で囲んでください (yaml-cpp が読み込めません)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>YAML nested deeper than %1 levels</source>
        <translation>YAML の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>YAML expands to more than %1 nodes (aliases of aliases?)</source>
        <translation>YAML が %1 ノードを超えて展開されます (エイリアスのエイリアス?)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected structure here: %1</source>
        <translation>ここに予期しない構造があります: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: %1</source>
        <translation>無効な YAML: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read this file: %1</source>
        <translation>このファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>%2 に不明なキー &quot;%1&quot; があります</translation>
    </message>
</context>
<context>
    <name>srectl</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+25"/>
        <source>usage: srectl [--workspace DIR] [--datasource NAME] [--format table|json|markdown] &lt;noun&gt; &lt;verb&gt; [options]

  workspace check          list every problem in the workspace (exit 1 on errors)
  workspace init DIR --prometheus URL [--alertmanager URL] [--name NAME] [--timezone TZ]
      [--bearer-token-file FILE | --basic-auth-user USER --basic-auth-password-file FILE]
                           write DIR/workspace.yaml and its folders (never over an existing one)
  slo list                 list the SLOs of the workspace
  slo report [--slo ID]... [--at TIME] [--window 30d | --period 2026-10] [--raw]
                           SLI, error budget, burn rates and alert tiers of each SLO; --raw: only the
                           SLO&apos;s own queries, not the recorded series of its generated rules
  slo gate [--slo ID]... [--min-remaining 0.0] [--max-burn RATE --burn-window 1h] [--raw]
                           deploy gate: exit 1 when an SLO fails, 3 when Prometheus is unreachable
  slo rules [--slo ID]... [--format rules|prometheusrule] [-o FILE] [--tests FILE]
                           Prometheus recording and burn-rate alerting rules for the SLOs; --tests also
                           writes a promtool test file for them
  slo rules --check [--slo ID]...
                           compare them with the groups Prometheus has loaded: missing, outdated,
                           failing (exit 1 on drift, 3 when Prometheus is unreachable)
  slo replay --slo ID [--from TIME --to TIME | --period 30d|2026-10] [--step 1m]
      [--tier NAME:factor=F,share=2%,long=1h,short=5m,for=2m]... [--only-edited-tiers]
                           how each burn-rate tier would have fired over the range: firings, pages per
                           week, time to detect the postmortems&apos; incidents, missed, reset time
  slo audit [--slo ID]... [--at TIME]
                           compare the SLO recording rules deployed in Prometheus (Sloth, Pyrra, generated)
                           with the exact recomputation; each difference with its cause (exit 1 on any)
  runbook for ALERTNAME    the alert&apos;s runbook: local file path, with #anchor (exit 1 when none)
  runbook coverage         alerts without a runbook, runbooks no alert points to, broken links (exit 1 on gaps)
  runbook lint             template sections, left-over placeholders, empty sections (exit 1 on findings)
  runbook search QUERY... [--limit N]
                           full-text and alert-name search; index cached in $XDG_CACHE_HOME/sre-console
  postmortem list [--status S] [--severity S] [--service NAME] [--since DATE] [--until DATE]
                           id, title, severity, status, started, duration, services, open action items
  postmortem new --template NAME --title TEXT [--id INC-YYYY-NNN] [--author NAME]...
                           write postmortems/&lt;ID&gt;.md from a template (next free id); prints the path
  postmortem lint [FILES] [--today YYYY-MM-DD] [--strict]
                           blameless-language and completeness checks; exit 1 on findings
                           (style hints such as &quot;just&quot; are printed; --strict counts them too)
  postmortem impact ID [--write] [--at TIME]
                           bad events and error budget share of each linked SLO from started to resolved;
                           --write puts them into the Impact section
  postmortem export ID --format html|pdf -o FILE
                           the postmortem as a standalone HTML page or a PDF, with the impact chart
  report budget (--period 2026-10 | --window 30d [--at TIME]) --format pdf|html|markdown|json [-o FILE]
                           error-budget review: per service and SLO the budget consumed, incidents and
                           their share, open action items
  alerts list [--filter MATCHER]...
                           firing alerts of the workspace&apos;s Alertmanagers (HA peers merged);
                           MATCHER: name=&quot;value&quot;, name!=&quot;v&quot;, name=~&quot;regex&quot;, name!~&quot;regex&quot;
  alerts history [--period 30d|7d] [--from TIME --to TIME]
                           per alert and label set from Prometheus&apos; ALERTS: firings, pages per week,
                           night-time pages, time firing, median duration, flap score
  alerts seen ALERTNAME [--label NAME=VALUE]... [--at TIME]
                           last fired and firings in 30 days, connected postmortems and their open
                           action items
  silence add --matcher MATCHER... --duration 2h --comment TEXT [--author NAME] [--start TIME]
                           create a silence on one Alertmanager of the cluster; prints its id
  silence list             active, pending and recently expired silences
  silence expire ID...     expire silences
  incident declare --alert NAME [--matcher MATCHER]... [--at TIME]
                           a postmortem draft from the firing alerts NAME (default template, next free
                           id; exit 1 when none matches); prints its id and path
  oncall now|next|gaps [--at TIME] [--rotation NAME]
                           who is on call, the next handover, or the gaps in the next 14 days
                           (gaps: exit 1 when a rotation has nobody on call)

  --version                print the version
Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, 3 a datasource could not be reached.
</source>
        <translation>使い方: srectl [--workspace DIR] [--datasource NAME] [--format table|json|markdown] &lt;noun&gt; &lt;verb&gt; [options]

  workspace check          ワークスペースのすべての問題を一覧表示 (エラーがあれば終了コード 1)
  workspace init DIR --prometheus URL [--alertmanager URL] [--name NAME] [--timezone TZ]
      [--bearer-token-file FILE | --basic-auth-user USER --basic-auth-password-file FILE]
                           DIR/workspace.yaml とそのフォルダーを作成 (既存のものは上書きしない)
  slo list                 ワークスペースの SLO を一覧表示
  slo report [--slo ID]... [--at TIME] [--window 30d | --period 2026-10] [--raw]
                           各 SLO の SLI、エラーバジェット、バーンレート、アラートのティア。--raw: 生成した
                           ルールの記録系列を使わず、SLO 自身のクエリだけを読む
  slo gate [--slo ID]... [--min-remaining 0.0] [--max-burn RATE --burn-window 1h] [--raw]
                           デプロイゲート: SLO が不合格なら終了コード 1、Prometheus に到達できなければ 3
  slo rules [--slo ID]... [--format rules|prometheusrule] [-o FILE] [--tests FILE]
                           SLO の Prometheus レコーディングルールとバーンレートのアラートルール。
                           --tests でそれらの promtool テストファイルも作成
  slo rules --check [--slo ID]...
                           Prometheus が読み込んだグループと比較: 欠落、古い、失敗中
                           (ずれがあれば終了コード 1、Prometheus に到達できなければ 3)
  slo replay --slo ID [--from TIME --to TIME | --period 30d|2026-10] [--step 1m]
      [--tier NAME:factor=F,share=2%,long=1h,short=5m,for=2m]... [--only-edited-tiers]
                           各バーンレートのティアが範囲内でどう発火していたか: 発火回数、週あたりの
                           呼び出し数、ポストモーテムのインシデントの検知までの時間、見逃し、リセット時間
  slo audit [--slo ID]... [--at TIME]
                           Prometheus にデプロイ済みの SLO レコーディングルール (Sloth、Pyrra、生成したもの) を
                           厳密な再計算と比較。差異ごとにその原因を表示 (差異があれば終了コード 1)
  runbook for ALERTNAME    アラートのランブック: ローカルファイルのパスと #アンカー (なければ終了コード 1)
  runbook coverage         ランブックのないアラート、どのアラートからも参照されていないランブック、壊れたリンク (不足があれば終了コード 1)
  runbook lint             テンプレートのセクション、残ったプレースホルダー、空のセクション (指摘があれば終了コード 1)
  runbook search QUERY... [--limit N]
                           全文検索とアラート名検索。インデックスは $XDG_CACHE_HOME/sre-console にキャッシュ
  postmortem list [--status S] [--severity S] [--service NAME] [--since DATE] [--until DATE]
                           ID、タイトル、重大度、ステータス、開始、継続時間、サービス、未完了のアクションアイテム
  postmortem new --template NAME --title TEXT [--id INC-YYYY-NNN] [--author NAME]...
                           テンプレートから postmortems/&lt;ID&gt;.md を作成 (次の空き ID)。パスを出力
  postmortem lint [FILES] [--today YYYY-MM-DD] [--strict]
                           ブレームレスな表現と記入漏れのチェック。指摘があれば終了コード 1
                           (&quot;just&quot; のような文体ヒントは表示のみ。--strict ではそれらも数える)
  postmortem impact ID [--write] [--at TIME]
                           開始から解決までの、リンクされた各 SLO の不良イベントとエラーバジェットの割合。
                           --write で Impact セクションに書き込む
  postmortem export ID --format html|pdf -o FILE
                           ポストモーテムを影響グラフ付きの単独の HTML ページまたは PDF として出力
  report budget (--period 2026-10 | --window 30d [--at TIME]) --format pdf|html|markdown|json [-o FILE]
                           エラーバジェットレビュー: サービスと SLO ごとの消費バジェット、インシデントと
                           その割合、未完了のアクションアイテム
  alerts list [--filter MATCHER]...
                           ワークスペースの Alertmanager で発火中のアラート (HA ピアは統合)。
                           MATCHER: name=&quot;value&quot;, name!=&quot;v&quot;, name=~&quot;regex&quot;, name!~&quot;regex&quot;
  alerts history [--period 30d|7d] [--from TIME --to TIME]
                           Prometheus の ALERTS から、アラートとラベルセットごとに: 発火回数、週あたりの呼び出し数、
                           夜間の呼び出し数、発火時間、継続時間の中央値、フラップスコア
  alerts seen ALERTNAME [--label NAME=VALUE]... [--at TIME]
                           直近 30 日間の最終発火と発火回数、関連するポストモーテムとその未完了の
                           アクションアイテム
  silence add --matcher MATCHER... --duration 2h --comment TEXT [--author NAME] [--start TIME]
                           クラスター内の 1 つの Alertmanager にサイレンスを作成。その ID を出力
  silence list             アクティブ、保留中、最近期限切れになったサイレンス
  silence expire ID...     サイレンスを期限切れにする
  incident declare --alert NAME [--matcher MATCHER]... [--at TIME]
                           発火中のアラート NAME からポストモーテムの下書きを作成 (デフォルトのテンプレート、
                           次の空き ID。一致するものがなければ終了コード 1)。ID とパスを出力
  oncall now|next|gaps [--at TIME] [--rotation NAME]
                           現在のオンコール担当、次の引き継ぎ、または今後 14 日間の担当の空き
                           (gaps: 担当者のいないローテーションがあれば終了コード 1)

  --version                バージョンを表示
終了コード: 0 正常、1 チェック失敗、2 入力または使い方の誤り、3 データソースに到達できない。
</translation>
    </message>
    <message>
        <location line="+109"/>
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
        <location line="+24"/>
        <source>srectl: unknown noun &quot;%1&quot;
</source>
        <translation>srectl: 不明なコマンド &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemcmd.cpp" line="+47"/>
        <location filename="../app/cli/postmortemexportcmd.cpp" line="+48"/>
        <source>srectl postmortem %1: unexpected argument &quot;%2&quot;</source>
        <translation>srectl postmortem %1: 予期しない引数 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../app/cli/alertscmd.cpp" line="+94"/>
        <source>srectl: the workspace has no alertmanager datasource</source>
        <translation>srectl: ワークスペースに Alertmanager データソースがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>srectl: no alertmanager datasource named &quot;%1&quot;</source>
        <translation>srectl: &quot;%1&quot; という名前の Alertmanager データソースはありません</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>usage: srectl alerts list [--filter MATCHER]... (MATCHER: name=&quot;v&quot;, !=, =~, !~)</source>
        <translation>使い方: srectl alerts list [--filter MATCHER]... (MATCHER: name=&quot;v&quot;, !=, =~, !~)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ALERTNAME</source>
        <translation>アラート名</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>SINCE (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/alerthistorycmd.cpp" line="+135"/>
        <location filename="../app/cli/alertscmd.cpp" line="+0"/>
        <source>LABELS</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscmd.cpp" line="+1"/>
        <source>SOURCES</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>usage: srectl silence list</source>
        <translation>使い方: srectl silence list</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/postmortemcmd.cpp" line="+12"/>
        <location filename="../app/cli/slocmd.cpp" line="+32"/>
        <location line="+229"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MATCHERS</source>
        <translation>マッチャー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED BY</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENDS (UTC)</source>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMENT</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>usage: srectl silence add --matcher MATCHER... --duration 2h --comment TEXT [--author NAME] [--start TIME]</source>
        <translation>使い方: srectl silence add --matcher MATCHER... --duration 2h --comment TEXT [--author NAME] [--start TIME]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>srectl: --duration &quot;%1&quot; is not a duration like 2h or 30m</source>
        <translation>srectl: --duration &quot;%1&quot; は 2h や 30m のような期間ではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>srectl: --start &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>srectl: --start &quot;%1&quot; は RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>srectl: --matcher, --duration and a non-empty --comment are required</source>
        <translation>srectl: --matcher、--duration、空でない --comment が必要です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>usage: srectl silence expire ID...</source>
        <translation>使い方: srectl silence expire ID...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired %1
</source>
        <translation>%1 を期限切れにしました
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>srectl alerts: unknown verb &quot;%1&quot; (expected list, history or seen)</source>
        <translation>srectl alerts: 不明なサブコマンド &quot;%1&quot; (有効な値: list, history, seen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl silence: unknown verb &quot;%1&quot; (expected add, list or expire)</source>
        <translation>srectl silence: 不明なサブコマンド &quot;%1&quot; (有効な値: add, list, expire)</translation>
    </message>
    <message>
        <location filename="../app/cli/alerthistorycmd.cpp" line="+126"/>
        <location filename="../app/cli/postmortemcmd.cpp" line="+0"/>
        <location filename="../app/cli/runbookcmd.cpp" line="+273"/>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemcmd.cpp" line="+0"/>
        <location filename="../app/cli/sloreplaycmd.cpp" line="+218"/>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/sloreplaycmd.cpp" line="-1"/>
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
        <location line="+9"/>
        <source>srectl postmortem new: cannot write %1: %2</source>
        <translation>srectl postmortem new: %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../app/cli/sloauditcmd.cpp" line="+118"/>
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
        <location line="+36"/>
        <source>%1 findings in %2 of %3 postmortems</source>
        <translation>ポストモーテム %3 件中 %2 件で指摘 %1 件</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n style hint(s), not counted (--strict counts them)</source>
        <translation>
            <numerusform>%n 件の文体ヒント (数えません。--strict で数えます)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>srectl postmortem: unknown verb &quot;%1&quot; (expected: list, new, lint, impact, export)</source>
        <translation>srectl postmortem: 不明なサブコマンド &quot;%1&quot; (有効な値: list, new, lint, impact, export)</translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="-229"/>
        <location line="+229"/>
        <source>OBJECTIVE</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+229"/>
        <source>WINDOW</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>FORMAT</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemcmd.cpp" line="-57"/>
        <location filename="../app/cli/slocmd.cpp" line="+0"/>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="+47"/>
        <source>srectl slo: unknown option &quot;%1&quot; (expected %2)</source>
        <translation>srectl slo: 不明なオプション &quot;%1&quot;（指定可能: %2）</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../app/cli/sloreplaycmd.cpp" line="+53"/>
        <source>srectl slo: no SLO &quot;%1&quot; in %2 (see srectl slo list)</source>
        <translation>srectl slo: %2 に SLO &quot;%1&quot; はありません（srectl slo list を参照）</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1: data only from %2: the numbers cover part of the window</source>
        <translation>%1: データは %2 以降のみ: 数値はウィンドウの一部だけを表します</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>srectl slo: unknown verb &quot;%1&quot; (expected: list, report, gate, rules, replay, audit)</source>
        <translation>srectl slo: 不明なサブコマンド &quot;%1&quot; (有効な値: list, report, gate, rules, replay, audit)</translation>
    </message>
    <message>
        <location filename="../app/cli/alerthistorycmd.cpp" line="-190"/>
        <location filename="../app/cli/reportcmd.cpp" line="+34"/>
        <location filename="../app/cli/sloauditcmd.cpp" line="-13"/>
        <location filename="../app/cli/slocmd.cpp" line="-170"/>
        <location filename="../app/cli/slorulescmd.cpp" line="+40"/>
        <source>srectl: the workspace has no Prometheus datasource</source>
        <translation>srectl: ワークスペースに Prometheus データソースがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/reportcmd.cpp" line="+1"/>
        <location filename="../app/cli/sloauditcmd.cpp" line="+1"/>
        <location filename="../app/cli/slocmd.cpp" line="+1"/>
        <location filename="../app/cli/slorulescmd.cpp" line="+1"/>
        <source>srectl: no Prometheus datasource named &quot;%1&quot;</source>
        <translation>srectl: &quot;%1&quot; という名前の Prometheus データソースはありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: srectl alerts history [--period 30d|7d] [--from TIME --to TIME] [--format table|json|markdown]</source>
        <translation>使い方: srectl alerts history [--period 30d|7d] [--from TIME --to TIME] [--format table|json|markdown]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>srectl alerts history: --period &quot;%1&quot; is not a duration such as 30d or 7d</source>
        <translation>srectl alerts history: --period &quot;%1&quot; は 30d や 7d のような期間ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl alerts history: %1 &quot;%2&quot; is not RFC 3339 or Unix seconds</source>
        <translation>srectl alerts history: %1 &quot;%2&quot; は RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>srectl alerts history: --from must be before --to</source>
        <translation>srectl alerts history: --from は --to より前でなければなりません</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/sloreplaycmd.cpp" line="-56"/>
        <source>FIRINGS</source>
        <translation>発火回数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/sloreplaycmd.cpp" line="+0"/>
        <source>PAGES/WEEK</source>
        <translation>呼び出し/週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIGHT PAGES</source>
        <translation>夜間呼び出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME FIRING</source>
        <translation>発火時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEDIAN</source>
        <translation>中央値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FLAP SCORE</source>
        <translation>フラップスコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST FIRED (%1)</source>
        <translation>最終発火 (%1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>usage: srectl alerts seen ALERTNAME [--label NAME=VALUE]... [--at TIME] [--format table|json|markdown]</source>
        <translation>使い方: srectl alerts seen ALERTNAME [--label NAME=VALUE]... [--at TIME] [--format table|json|markdown]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>srectl alerts seen: --label &quot;%1&quot; is not NAME=VALUE</source>
        <translation>srectl alerts seen: --label &quot;%1&quot; は NAME=VALUE の形式ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl alerts seen: --at &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>srectl alerts seen: --at &quot;%1&quot; は RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>POSTMORTEM</source>
        <translation>ポストモーテム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNECTED BY</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPEN ITEMS</source>
        <translation>未完了項目</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>  history:      unknown (no answer from Prometheus)</source>
        <translation>  履歴:         不明 (Prometheus から応答なし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  last fired:   %1</source>
        <translation>  最終発火:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the 30 days to %1</source>
        <translation>%1 までの 30 日間にはなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  firings:      %1 in the 30 days to %2 (%3 firing, flap score %4)</source>
        <translation>  発火回数:     %2 までの 30 日間に %1 回 (発火時間 %3、フラップスコア %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  services:     %1</source>
        <translation>  サービス:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  SLOs:         %1</source>
        <translation>  SLO:          %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No postmortem is connected to %1.
</source>
        <translation>%1 に関連付けられたポストモーテムはありません。
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open action items of %1:</source>
        <translation>%1 の未完了のアクションアイテム:</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcmd.cpp" line="+31"/>
        <source>srectl %1: cannot write %2: %3</source>
        <translation>srectl %1: %2 を書き込めません: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>srectl report budget: %1</source>
        <translation>srectl report budget: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>srectl report budget: unknown option &quot;%1&quot; (expected --period, --window, --at, --format, -o)</source>
        <translation>srectl report budget: 不明なオプション &quot;%1&quot; (有効な値: --period, --window, --at, --format, -o)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>srectl report budget: %1 needs a value</source>
        <translation>srectl report budget: %1 には値が必要です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>srectl report budget: --format must be pdf, html, markdown or json, not &quot;%1&quot;</source>
        <translation>srectl report budget: --format には pdf、html、markdown、json のいずれかを指定してください (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl report budget: --format %1 needs -o FILE</source>
        <translation>srectl report budget: --format %1 には -o FILE が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl report budget: give either --period (2026-10, 2026-Q4) or --window (30d)</source>
        <translation>srectl report budget: --period (2026-10, 2026-Q4) または --window (30d) のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl report budget: --at &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>srectl report budget: --at &quot;%1&quot; は RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl report budget: --period &quot;%1&quot; is not a period such as 2026-10, 2026-Q4 or 2026-W44</source>
        <translation>srectl report budget: --period &quot;%1&quot; は 2026-10、2026-Q4、2026-W44 のような期間ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl report budget: --window &quot;%1&quot; is not a duration such as 30d</source>
        <translation>srectl report budget: --window &quot;%1&quot; は 30d のような期間ではありません</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>srectl report: unknown verb &quot;%1&quot; (expected: budget)</source>
        <translation>srectl report: 不明なサブコマンド &quot;%1&quot; (有効な値: budget)</translation>
    </message>
    <message>
        <location filename="../app/cli/alerthistorycmd.cpp" line="-253"/>
        <location filename="../app/cli/slocmd.cpp" line="+12"/>
        <location filename="../app/cli/sloreplaycmd.cpp" line="+101"/>
        <source>%1: warning from Prometheus: %2</source>
        <translation>%1: Prometheus からの警告: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="+70"/>
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
        <location filename="../app/cli/postmortemcmd.cpp" line="-167"/>
        <location filename="../app/cli/slocmd.cpp" line="+0"/>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/cli/slocmd.cpp" line="+39"/>
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
        <location filename="../app/cli/alertscmd.cpp" line="-176"/>
        <location filename="../app/cli/postmortemcmd.cpp" line="+0"/>
        <location filename="../app/cli/sloreplaycmd.cpp" line="-102"/>
        <location filename="../app/cli/workspacecmd.cpp" line="+21"/>
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
        <location filename="../app/cli/alerthistorycmd.cpp" line="+53"/>
        <location filename="../app/cli/runbookcmd.cpp" line="+17"/>
        <source>ALERT</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../app/cli/runbookcmd.cpp" line="+0"/>
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
        <location line="+22"/>
        <source>srectl workspace init: %1 needs a value
</source>
        <translation>srectl workspace init: %1 には値が必要です
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>srectl workspace init: unknown option %1
</source>
        <translation>srectl workspace init: 不明なオプション %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>srectl workspace init: one folder only, got %1 and %2
</source>
        <translation>srectl workspace init: フォルダーは一つだけです。%1 と %2 が指定されました
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: srectl workspace init DIR --prometheus URL [--alertmanager URL] [--name NAME] [--timezone TZ]
         [--bearer-token-file FILE | --basic-auth-user USER --basic-auth-password-file FILE] [--runbook-path DIR]...
</source>
        <translation>使い方: srectl workspace init DIR --prometheus URL [--alertmanager URL] [--name NAME] [--timezone TZ]
         [--bearer-token-file FILE | --basic-auth-user USER --basic-auth-password-file FILE] [--runbook-path DIR]...
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl workspace init: choose a bearer token or basic auth, not both
</source>
        <translation>srectl workspace init: Bearer トークンか Basic 認証のどちらか一方を選んでください
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>srectl workspace init: note: %1</source>
        <translation>srectl workspace init: 注意: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl workspace: unknown verb &quot;%1&quot; (expected: check, init)</source>
        <translation>srectl workspace: 不明な動詞 &quot;%1&quot; (check、init のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/postmortemexportcmd.cpp" line="+12"/>
        <source>srectl postmortem %1: which postmortem? Give its id, e.g. INC-2025-001</source>
        <translation>srectl postmortem %1: どのポストモーテムですか? ID を指定してください (例: INC-2025-001)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>srectl postmortem impact: --at is not RFC 3339 or Unix seconds</source>
        <translation>srectl postmortem impact: --at が RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl postmortem impact: no postmortem &quot;%1&quot; in %2 (see srectl postmortem list)</source>
        <translation>srectl postmortem impact: %2 にポストモーテム &quot;%1&quot; がありません (srectl postmortem list を参照)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the postmortem has no `started:` time, so there is no interval to measure</source>
        <translation>%1: ポストモーテムに `started:` の時刻がないため、測定する区間がありません</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>srectl postmortem export: --format must be html or pdf</source>
        <translation>srectl postmortem export: --format には html または pdf を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl postmortem export: give the file to write with -o FILE</source>
        <translation>srectl postmortem export: 書き込むファイルを -o FILE で指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl postmortem export: --at is not RFC 3339 or Unix seconds</source>
        <translation>srectl postmortem export: --at が RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl postmortem export: no postmortem &quot;%1&quot; in %2 (see srectl postmortem list)</source>
        <translation>srectl postmortem export: %2 にポストモーテム &quot;%1&quot; がありません (srectl postmortem list を参照)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>srectl postmortem export: warning: no impact chart for %1: %2</source>
        <translation>srectl postmortem export: warning: %1 の影響グラフがありません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl postmortem export: %1</source>
        <translation>srectl postmortem export: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/incidentcmd.cpp" line="+28"/>
        <source>usage: srectl incident declare --alert NAME [--matcher MATCHER]... [--at TIME]</source>
        <translation>使い方: srectl incident declare --alert NAME [--matcher MATCHER]... [--at TIME]</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/cli/oncallcmd.cpp" line="+39"/>
        <source>srectl: --at &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>srectl: --at &quot;%1&quot; は RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>srectl incident declare: no firing alert %1 matches %2</source>
        <translation>srectl incident declare: %2 に一致する発火中のアラート %1 はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no matchers)</source>
        <translation>(マッチャーなし)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>srectl incident: unknown verb &quot;%1&quot; (expected declare)</source>
        <translation>srectl incident: 不明なサブコマンド &quot;%1&quot; (有効な値: declare)</translation>
    </message>
    <message>
        <location filename="../app/cli/oncallcmd.cpp" line="+5"/>
        <source>srectl oncall: unknown option &quot;%1&quot; (options: --at T, --rotation R)</source>
        <translation>srectl oncall: 不明なオプション &quot;%1&quot; (指定可能: --at T, --rotation R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nobody</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl oncall: unknown verb &quot;%1&quot; (now, next, gaps)</source>
        <translation>srectl oncall: 不明なサブコマンド &quot;%1&quot; (有効な値: now, next, gaps)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>srectl: the workspace has no oncall.yaml (or it names no rotation)</source>
        <translation>srectl: ワークスペースに oncall.yaml がありません (またはローテーションが定義されていません)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>srectl: no rotation &quot;%1&quot; in oncall.yaml (%2)</source>
        <translation>srectl: oncall.yaml にローテーション &quot;%1&quot; はありません (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+13"/>
        <source>ROTATION</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>ON CALL</source>
        <translation>オンコール担当</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SINCE</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNTIL</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OVERRIDE</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HANDOVER</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>交代前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation>交代後</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none within 14 days</source>
        <translation>14 日以内になし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GAP FROM</source>
        <translation>空き開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GAP TO</source>
        <translation>空き終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOURS</source>
        <translation>時間数</translation>
    </message>
    <message>
        <location filename="../app/cli/sloreplaycmd.cpp" line="-187"/>
        <source>usage: srectl slo replay --slo ID [--from TIME --to TIME | --period 30d|2026-10] [--step 1m]
                         [--tier NAME:KEY=VALUE,...]... [--only-edited-tiers]
  KEY: factor=14.4 share=2% long=1h short=5m for=2m severity=page</source>
        <translation>使い方: srectl slo replay --slo ID [--from TIME --to TIME | --period 30d|2026-10] [--step 1m]
                          [--tier NAME:KEY=VALUE,...]... [--only-edited-tiers]
  KEY: factor=14.4 share=2% long=1h short=5m for=2m severity=page</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>srectl slo replay: unknown option &quot;%1&quot;</source>
        <translation>srectl slo replay: 不明なオプション &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo replay: %1 needs a value</source>
        <translation>srectl slo replay: %1 には値が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>srectl slo replay: %1 &quot;%2&quot; is not RFC 3339 or Unix seconds</source>
        <translation>srectl slo replay: %1 &quot;%2&quot; は RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>srectl slo replay: --step &quot;%1&quot; is not a duration of whole seconds such as 1m</source>
        <translation>srectl slo replay: --step &quot;%1&quot; は 1m のような整数秒の期間ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>srectl slo replay: --slo is required</source>
        <translation>srectl slo replay: --slo は必須です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo replay: --period cannot be combined with --from and --to</source>
        <translation>srectl slo replay: --period は --from、--to と同時に指定できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo replay: --only-edited-tiers needs at least one --tier</source>
        <translation>srectl slo replay: --only-edited-tiers には少なくとも 1 つの --tier が必要です</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>srectl slo replay: --period &quot;%1&quot; is neither a duration such as 30d nor a period such as 2026-10, 2026-Q4 or 2026-W44</source>
        <translation>srectl slo replay: --period &quot;%1&quot; は 30d のような期間でも、2026-10、2026-Q4、2026-W44 のような暦期間でもありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>srectl slo replay: the range is empty (%1 is not before %2)</source>
        <translation>srectl slo replay: 範囲が空です (%1 が %2 より前ではありません)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>TIER</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>LONG/SHORT</source>
        <translation>長期/短期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FACTOR</source>
        <translation>係数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FOR</source>
        <translation>保留期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DETECTED</source>
        <translation>検知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISSED</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO INCIDENT</source>
        <translation>インシデントなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESET (MEDIAN)</source>
        <translation>リセット (中央値)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BUDGET BEFORE FIRING</source>
        <translation>発火までのバジェット消費</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>FIRED</source>
        <translation>発火</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>STOPPED</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESET</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCIDENT</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME TO DETECT</source>
        <translation>検知までの時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BUDGET SPENT</source>
        <translation>消費バジェット</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>still firing</source>
        <translation>まだ発火中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missed</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: replay from %2 to %3 every %4
</source>
        <translation>%1: %2 から %3 まで %4 ごとにリプレイ
</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>srectl slo replay: %1</source>
        <translation>srectl slo replay: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo replay: %1 has no burn-rate tiers (its alerting is disabled); give some with --tier</source>
        <translation>srectl slo replay: %1 にはバーンレートのティアがありません (アラートが無効になっています)。--tier で指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl slo replay: warning: tier %1&apos;s window %2 is not a multiple of the step %3; it is counted as the whole steps inside it</source>
        <translation>srectl slo replay: 警告: ティア %1 のウィンドウ %2 はステップ %3 の倍数ではありません。ウィンドウ内に収まるステップ数として数えます</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no events between %2 and %3: nothing burned, nothing fired</source>
        <translation>%1: %2 から %3 までの間にイベントがありません: バジェットの消費も発火もありません</translation>
    </message>
    <message>
        <location filename="../app/cli/slorulescmd.cpp" line="-10"/>
        <source>srectl slo rules: cannot write %1: %2</source>
        <translation>srectl slo rules: %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>srectl slo rules --check: %1</source>
        <translation>srectl slo rules --check: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>srectl slo rules --check: %1: %2</source>
        <translation>srectl slo rules --check: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sloauditcmd.cpp" line="-39"/>
        <source>srectl slo audit: unknown option &quot;%1&quot; (expected --slo, --at)</source>
        <translation>srectl slo audit: 不明なオプション &quot;%1&quot; (有効な値: --slo, --at)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo audit: %1 needs a value</source>
        <translation>srectl slo audit: %1 には値が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>srectl slo audit: --at &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>srectl slo audit: --at &quot;%1&quot; は RFC 3339 形式でも Unix 秒でもありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl slo audit: no SLO &quot;%1&quot; in %2 (see srectl slo list)</source>
        <translation>srectl slo audit: %2 に SLO &quot;%1&quot; はありません (srectl slo list を参照)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl slo audit: the workspace %1 has no SLOs</source>
        <translation>srectl slo audit: ワークスペース %1 には SLO がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>srectl slo audit: %1</source>
        <translation>srectl slo audit: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/slorulescmd.cpp" line="+6"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SAMPLE AT</source>
        <translation>サンプル時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECORDED</source>
        <translation>記録値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXACT</source>
        <translation>厳密値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAUSE</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n rule value(s) audited</source>
        <translation>
            <numerusform>%n 個のルールの値を監査しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>srectl slo audit: %1: not audited: %2</source>
        <translation>srectl slo audit: %1: 監査していません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>srectl slo audit: %1 has loaded no Sloth, Pyrra or generated recording rules of these SLOs; nothing was audited</source>
        <translation>srectl slo audit: %1 にはこれらの SLO の Sloth、Pyrra、生成されたレコーディングルールが読み込まれていません。何も監査しませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/slorulescmd.cpp" line="+0"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../app/cli/sloauditcmd.cpp" line="-12"/>
        <location filename="../app/cli/slorulescmd.cpp" line="+11"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/slorulescmd.cpp" line="+9"/>
        <source>srectl slo rules --check: %1 has loaded no %2* group: the generated rules were never deployed there (write them with srectl slo rules -o FILE and add FILE to rule_files)</source>
        <translation>srectl slo rules --check: %1 は %2* グループを読み込んでいません。生成したルールはまだデプロイされていません (srectl slo rules -o FILE で書き出し、FILE を rule_files に追加してください)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>srectl slo rules: unknown option &quot;%1&quot; (expected --slo, --format, -o, --tests, --check)</source>
        <translation>srectl slo rules: 不明なオプション &quot;%1&quot; (有効な値: --slo, --format, -o, --tests, --check)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>srectl slo rules: %1 needs a value</source>
        <translation>srectl slo rules: %1 には値が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>srectl slo rules: --check writes no rules; it takes --slo and --format table|json|markdown</source>
        <translation>srectl slo rules: --check はルールを書き出しません。--slo と --format table|json|markdown を指定できます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo rules: --format must be rules or prometheusrule, not &quot;%1&quot;</source>
        <translation>srectl slo rules: --format には rules または prometheusrule を指定してください (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>srectl slo rules: --tests needs -o FILE and --format rules, since promtool reads the tests together with that rule file</source>
        <translation>srectl slo rules: promtool はテストをそのルールファイルと一緒に読み込むため、--tests には -o FILE と --format rules が必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl slo rules: fix the SLO specs above first; no rules were written</source>
        <translation>srectl slo rules: 先に上記の SLO の定義を修正してください。ルールは書き込まれていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl slo rules: no SLO &quot;%1&quot; in %2 (see srectl slo list)</source>
        <translation>srectl slo rules: %2 に SLO &quot;%1&quot; はありません (srectl slo list を参照)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>srectl slo rules: the workspace %1 has no SLOs</source>
        <translation>srectl slo rules: ワークスペース %1 には SLO がありません</translation>
    </message>
</context>
</TS>

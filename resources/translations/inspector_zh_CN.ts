<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchClient</name>
    <message>
        <location filename="../../ui/bench/bench_client.py" line="+292"/>
        <source>The bench is still starting. Scan again in a moment.</source>
        <translation>工作台还在启动，请稍后再扫描。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Internal error: {error}. The work so far is kept; tell your supervisor.</source>
        <translation>内部错误：{error}。已完成的工作已保留，请告知主管。</translation>
    </message>
</context>
<context>
    <name>BenchWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+70"/>
        <source>Return inspection bench</source>
        <translation>退货质检台</translation>
    </message>
    <message>
        <location filename="../../ui/bench/status_fields.py" line="+37"/>
        <source>Operator: {name} ({role})</source>
        <translation>操作员：{name}（{role}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: signed out</source>
        <translation>操作员：未登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station: {station}</source>
        <translation>工位：{station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels waiting: {count}</source>
        <translation>待打印标签：{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed yet, kept in the reprint queue. Printer: {printer} (Ctrl+Shift+P to change)</source>
        <translation>尚未打印，已留在补打队列中。打印机：{printer}（按 Ctrl+Shift+P 更改）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+172"/>
        <source>1–5 grade · F1–F10 / Alt+9 damage · F9 photo · Ctrl+D disposition · Ctrl+N note · Ctrl+W weight · F12 complete · Esc cancel</source>
        <translation>1–5 等级 · F1–F10 / Alt+9 损坏 · F9 照片 · Ctrl+D 处置 · Ctrl+N 备注 · Ctrl+W 重量 · F12 完成 · Esc 取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan an item · Ctrl+P packaging · Ctrl+W parcel weight · F11 parcel done · Ctrl+L sign out</source>
        <translation>扫描商品 · Ctrl+P 包装 · Ctrl+W 包裹重量 · F11 包裹完成 · Ctrl+L 退出登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a parcel · Ctrl+T type a code · Ctrl+L sign out</source>
        <translation>扫描包裹 · Ctrl+T 手动输入 · Ctrl+L 退出登录</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database could not be opened: {error}</source>
        <translation>无法打开数据库：{error}</translation>
    </message>
</context>
<context>
    <name>ButtonBox</name>
    <message>
        <location filename="../../ui/common/button_box.py" line="+16"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/bench/camera_dialog.py" line="+28"/>
        <location line="+22"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The default camera</source>
        <translation>默认摄像头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No camera (picture files only)</source>
        <translation>无摄像头（仅用图片文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video file {path}</source>
        <translation>视频文件 {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera at this bench? Items that need a photo are completed with a picture file: drop it on the window, or press Ctrl+O.</source>
        <translation>本工作台没有摄像头？需要照片的商品可用图片文件完成：将文件拖到窗口上，或按 Ctrl+O。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture size</source>
        <translation>照片尺寸</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera&apos;s own</source>
        <translation>摄像头默认</translation>
    </message>
</context>
<context>
    <name>CloseDayConfirm</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign off the site&apos;s day {day} for every station? The hub keeps its report as it is now, numbered, and never changes it; records of that day that arrive later go into its addendum.</source>
        <translation>为所有工位签署仓库 {day} 的日结？中心服务器将按当前状态保存报告并编号，此后不再更改；之后才到达的当天记录将列入补充报告。</translation>
    </message>
</context>
<context>
    <name>DamageChecklist</name>
    <message>
        <location filename="../../ui/bench/damage_checklist.py" line="+69"/>
        <source>held for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no deduction</source>
        <translation>不扣款</translation>
    </message>
</context>
<context>
    <name>DayClosing</name>
    <message>
        <location filename="../../ui/review/day_closing.py" line="+28"/>
        <source>Close the day…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing the site&apos;s day {day} at the hub…</source>
        <translation>正在中心服务器上办理仓库 {day} 的日结…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site&apos;s day {day} is closed: report no. {number}, signed by {signer}.</source>
        <translation>仓库 {day} 已日结：报告编号 {number}，签署人 {signer}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not heard from since before the day ended: {stations}.</source>
        <translation>当天结束前就已失联的工位：{stations}。</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../ui/common/day_field.py" line="+66"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+Down）</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../ui/bench/demo_data_dialog.py" line="+29"/>
        <source>Empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bench has no returns and no operators yet.</source>
        <translation>本工作台还没有退货单，也没有操作员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load demo data (operators, returns, parcels) to try the bench? Print the demo barcodes with: inspector demo-sheet -o sheet.pdf</source>
        <translation>要加载演示数据（操作员、退货单、包裹）来试用本工作台吗？打印演示条码：inspector demo-sheet -o sheet.pdf</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../ui/bench/demo_offer.py" line="+78"/>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data loaded. Scan a demo badge to sign in.</source>
        <translation>演示数据已加载。请扫描演示工牌登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data could not be loaded: {error}</source>
        <translation>无法加载演示数据：{error}</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/bench/disposition_dialog.py" line="+53"/>
        <source>Change disposition</source>
        <translation>更改处置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}   (proposed)</source>
        <translation>{label}   （建议）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why? (needed when not the proposal)</source>
        <translation>原因？（不按建议处置时必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does this unit go?  ↑ ↓ then Enter</source>
        <translation>这件商品去哪里？  ↑ ↓ 选择后按 Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a reason to leave the proposal</source>
        <translation>不按建议处置，请填写原因</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../ui/bench/evidence_actions.py" line="+25"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>请先扫描包裹或商品，再输入重量。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan an item first.</source>
        <translation>请先扫描商品。</translation>
    </message>
</context>
<context>
    <name>ExpectedLinesModel</name>
    <message>
        <location filename="../../ui/bench/expected_lines_model.py" line="+83"/>
        <source>{count} inspected at {station}</source>
        <translation>{station} 已检 {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {quantity}, {elsewhere}</source>
        <translation>应退 {quantity}，{elsewhere}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{category}; {inspected} of {quantity} inspected</source>
        <translation>{category}；已检 {inspected}/{quantity}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review/export_dialog.py" line="+48"/>
        <source>Save the export</source>
        <translation>保存导出文件</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export inspections</source>
        <translation>导出质检记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (programs)</source>
        <translation>JSON（程序用）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every station</source>
        <translation>所有工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose… (Ctrl+O)</source>
        <translation>选择…（Ctrl+O）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Station</source>
        <translation>工位(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile</source>
        <translation>文件(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per completed item inspection, days from midnight to midnight at the site; times in the file are UTC. The file is written whole or not at all.</source>
        <translation>每件已完成质检的商品一行；日期按仓库当地时间从零点到零点计算；文件中的时间为 UTC。文件要么完整写入，要么完全不写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FileCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="+260"/>
        <source>No camera found: the video {path} is missing.</source>
        <translation>未找到摄像头：视频 {path} 不存在。</translation>
    </message>
</context>
<context>
    <name>GradePicker</name>
    <message>
        <location filename="../../ui/bench/grade_picker.py" line="+50"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press 1–5</source>
        <translation>按 1–5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Press 1–{last}</source>
        <translation>按 1–{last}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not graded: press 1–{last}</source>
        <translation>未定级：请按 1–{last}</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="+183"/>
        <source>Insight</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every station</source>
        <translation>所有工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show (F5)</source>
        <translation>显示（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>退货数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated</source>
        <translation>客户申报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>实际发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most returned SKUs</source>
        <translation>退货最多的 SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stated reason beside the reason found</source>
        <translation>客户申报原因与实际发现原因对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage by carrier</source>
        <translation>各承运商损坏情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damage by packaging condition</source>
        <translation>按包装状况统计损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why things come back</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site&apos;s flow</source>
        <translation>仓库作业流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes and fraud signals</source>
        <translation>处理结果与欺诈信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{items} items. Stated reason differs from the reason found: {mismatch} ({share:.1f}%). Return-window violations: {late} ({late_share:.1f}%).</source>
        <translation>共 {items} 件。申报原因与实际原因不符：{mismatch}（{share:.1f}%）。超出退货期限：{late}（{late_share:.1f}%）。</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/bench/item_panel.py" line="+58"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>扣减</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Change…  Ctrl+D</source>
        <translation>更改…  Ctrl+D</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (Ctrl+N), Enter to keep</source>
        <translation>备注（Ctrl+N），按 Enter 保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete  F12</source>
        <translation>完成  F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel  Esc</source>
        <translation>取消  Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage found</source>
        <translation>发现损坏</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown item</source>
        <translation>未知商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>held for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed: {reason}</source>
        <translation>已更改：{reason}</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <location filename="../../ui/printing/label_actions.py" line="+25"/>
        <source>No label to show yet: complete an item first.</source>
        <translation>还没有可显示的标签：请先完成一件商品。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>只有主管才能更换标签打印机。</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="+40"/>
        <source>Label {plate}</source>
        <translation>标签 {plate}</translation>
    </message>
</context>
<context>
    <name>LabelQueue</name>
    <message>
        <location filename="../../ui/printing/label_queue.py" line="+139"/>
        <source>Label {plate} could not be made ({error}). It stays in the reprint queue; tell your supervisor.</source>
        <translation>无法生成标签 {plate}（{error}）。标签仍留在补打队列中，请告知主管。</translation>
    </message>
</context>
<context>
    <name>OutcomeBox</name>
    <message>
        <location filename="../../ui/bench/outcome_box.py" line="+25"/>
        <source>→ {sku}</source>
        <translation>→ {sku}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Held for review: risk {score} of {threshold}</source>
        <translation>暂扣待审：风险 {score}/{threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score} of {threshold}</source>
        <translation>风险 {score}/{threshold}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk {score}</source>
        <translation>风险 {score}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/review/outcome_dialog.py" line="+62"/>
        <source>Decide the outcome</source>
        <translation>决定处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>商品 {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: {outcome}</source>
        <translation>当前：{outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held for review:</source>
        <translation>暂扣待审：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outcome} → {sku}</source>
        <translation>{outcome} → {sku}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer gets</source>
        <translation>客户获得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>原因？（记入审计记录）</translation>
    </message>
</context>
<context>
    <name>OutcomeFraudPanel</name>
    <message>
        <location filename="../../ui/review/outcome_fraud_panel.py" line="+70"/>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held</source>
        <translation>暂扣件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>暂扣金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes per currency</source>
        <translation>按币种的处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money held back for review</source>
        <translation>暂扣待审的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud signals by reason</source>
        <translation>按原因的欺诈信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with fraud signals (top {count})</source>
        <translation>有欺诈信号的客户（前 {count} 名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>有欺诈信号的 SKU（前 {count} 个）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Items held for review: {count}</source>
        <translation>暂扣待审商品：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with a fraud signal: {count}</source>
        <translation>有欺诈信号的商品：{count}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/review/override_dialog.py" line="+60"/>
        <source>Override grade</source>
        <translation>改判等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override a deduction</source>
        <translation>改判扣减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override disposition</source>
        <translation>改判处置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New amount in {currency}</source>
        <translation>新金额（{currency}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the audit trail)</source>
        <translation>原因？（将记入审计记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {plate}</source>
        <translation>商品 {plate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>损坏项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PackagingDialog</name>
    <message>
        <location filename="../../ui/bench/packaging_dialog.py" line="+37"/>
        <source>Packaging condition</source>
        <translation>包装状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer packaging as it arrived:  ↑ ↓ then Enter</source>
        <translation>外包装到货状况：  ↑ ↓ 选择后按 Enter</translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <location filename="../../ui/bench/parcel_panel.py" line="+165"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parcel open.
Scan a parcel label or RMA number.</source>
        <translation>未打开包裹。
请扫描包裹标签或 RMA 号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packaging…  Ctrl+P</source>
        <translation>包装…  Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel done  F11</source>
        <translation>包裹完成  F11</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none (unexpected return)</source>
        <translation>无（无预报退货）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {expected} units</source>
        <translation>{done}/{expected} 件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weight: {weight}, typed</source>
        <translation>重量：{weight}（手动输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight: {weight}</source>
        <translation>重量：{weight}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <location filename="../../ui/bench/photo_actions.py" line="+103"/>
        <source>Scan an item first, then choose its picture.</source>
        <translation>请先扫描商品，再选择它的照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of the item</source>
        <translation>商品照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a supervisor can change the camera.</source>
        <translation>只有主管可以更改摄像头。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The camera settings could not be saved: {error}</source>
        <translation>无法保存摄像头设置：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera set: {camera}</source>
        <translation>已设置摄像头：{camera}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan an item first, then drop its picture.</source>
        <translation>请先扫描商品，再拖入它的照片。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="+120"/>
        <source>Photos: F9 the item · Ctrl+F1–F10 a finding · Shift+F9 remove the newest · Ctrl+O or drop a picture file</source>
        <translation>照片：F9 拍商品 · Ctrl+F1–F10 拍损坏项 · Shift+F9 删除最新一张 · Ctrl+O 或拖入图片文件</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/review/photo_strip.py" line="+62"/>
        <source>not at this desk yet</source>
        <translation>尚未传到本主管端</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../../ui/bench/photo_strip.py" line="-152"/>
        <source>Remove this photo (Shift+F9); Ctrl+Z brings it back</source>
        <translation>删除这张照片（Shift+F9）；按 Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/review/photo_viewer.py" line="+52"/>
        <source>Photos of {plate}</source>
        <translation>{plate} 的照片</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>not at this desk yet</source>
        <translation>尚未传到本主管端</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Photo {n} of {count}</source>
        <translation>第 {n} 张照片，共 {count} 张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{photo}: {finding}</source>
        <translation>{photo}：{finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left/Right: other photos · Esc: close</source>
        <translation>左/右：其他照片 · Esc：关闭</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="+97"/>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer (labels wait in the reprint queue)</source>
        <translation>不使用打印机（标签在补打队列中等待）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop printer (CUPS)</source>
        <translation>桌面打印机（CUPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zebra printer on the network (raw TCP)</source>
        <translation>网络 Zebra 打印机（raw TCP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (not installed)</source>
        <translation>{name}（未安装）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the label when an item is &amp;completed</source>
        <translation>商品完成后打印标签(&amp;C)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Send labels to:</source>
        <translation>标签发送到(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label size:</source>
        <translation>标签尺寸(&amp;L)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the Zebra printer&apos;s host name or IP address.</source>
        <translation>请输入 Zebra 打印机的主机名或 IP 地址。</translation>
    </message>
</context>
<context>
    <name>ReportPath</name>
    <message>
        <location filename="../../ui/review/day_report.py" line="+29"/>
        <source>Save the end-of-day PDF</source>
        <translation>保存日终 PDF</translation>
    </message>
</context>
<context>
    <name>ReturnChoiceModel</name>
    <message>
        <location filename="../../ui/bench/return_choice_panel.py" line="+40"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>签收</translation>
    </message>
</context>
<context>
    <name>ReturnChoicePanel</name>
    <message>
        <location line="+96"/>
        <source>Which return is this parcel? Press its number, click its row, or scan its RMA label.</source>
        <translation>这个包裹属于哪个退货？按对应数字、点击该行，或扫描 RMA 标签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel  Esc</source>
        <translation>取消  Esc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1–{count} choose a return · Esc cancel</source>
        <translation>1–{count} 选择退货 · Esc 取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Returns of order {order}</source>
        <translation>订单 {order} 的退货</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/review/review_model.py" line="+39"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>扣减</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why held</source>
        <translation>暂扣原因</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>open</source>
        <translation>待审</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overridden</source>
        <translation>已改判</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; your decision was refused</source>
        <translation>{state}；您的决定被驳回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}; late for closed day {day} (no. {number})</source>
        <translation>{state}；{day} 日结后才到达（编号 {number}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held: {reasons}</source>
        <translation>暂扣：{reasons}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub refused this bench&apos;s decision: {reason}</source>
        <translation>中心服务器驳回了本工作台的决定：{reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review/review_view.py" line="+177"/>
        <source>Supervisor review</source>
        <translation>主管审核</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every station</source>
        <translation>所有工位</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>批准（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade (Ctrl+G)</source>
        <translation>等级（Ctrl+G）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction (Ctrl+K)</source>
        <translation>扣减（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition (Ctrl+D)</source>
        <translation>处置（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome… (Ctrl+O)</source>
        <translation>处理结果…（Ctrl+O）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-day PDF (Ctrl+E)</source>
        <translation>日终 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export… (Ctrl+Shift+E)</source>
        <translation>导出…（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why things come back (Ctrl+I)</source>
        <translation>退货原因（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+24"/>
        <source>Report &amp;language</source>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the end-of-day PDF</source>
        <translation>日终 PDF 的语言</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+4"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{count} exception(s), {open} still open</source>
        <translation>{count} 条异常，{open} 条待处理</translation>
    </message>
    <message>
        <location filename="../../ui/review/day_report.py" line="+18"/>
        <source>Cancel PDF (Esc)</source>
        <translation>取消 PDF（Esc）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF was cancelled; nothing was saved.</source>
        <translation>PDF 已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_view.py" line="+134"/>
        <source>Cancel export (Esc)</source>
        <translation>取消导出（Esc）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {count} item inspection(s) to {path}</source>
        <translation>已将 {count} 条商品质检记录导出到 {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>导出已取消，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ScaleBridge</name>
    <message>
        <location filename="../../ui/bench/scale_bridge.py" line="+54"/>
        <source>The scale on {port} cannot be read. Check its cable; until it is back, type weights with Ctrl+W.</source>
        <translation>无法读取 {port} 上的秤。请检查线缆；恢复之前，用 Ctrl+W 输入重量。</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/bench/scan_bar.py" line="+49"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner input appears here · Ctrl+T to type a code</source>
        <translation>扫描内容显示在这里 · 按 Ctrl+T 手动输入</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>working… {count} queued</source>
        <translation>处理中… {count} 条排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>SerialDialog</name>
    <message>
        <location filename="../../ui/bench/serial_dialog.py" line="+33"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number of the item in hand (type it, or scan it here):</source>
        <translation>手上商品的序列号（手动输入或在此扫描）：</translation>
    </message>
</context>
<context>
    <name>ShiftLogModel</name>
    <message>
        <location filename="../../ui/bench/shift_log_model.py" line="+114"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ShiftLogPanel</name>
    <message>
        <location filename="../../ui/bench/shift_log_panel.py" line="+51"/>
        <source>This shift: {count} scans</source>
        <translation>本班次：扫描 {count} 次</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/bench/sign_in_view.py" line="+56"/>
        <source>Return inspection</source>
        <translation>退货质检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge {badge}: type your PIN and press Enter</source>
        <translation>工牌 {badge}：请输入 PIN 并按 Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc: scan a different badge</source>
        <translation>Esc：扫描其他工牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan your badge to sign in</source>
        <translation>请扫描工牌登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
</context>
<context>
    <name>SiteFlowPanel</name>
    <message>
        <location filename="../../ui/review/site_flow_panel.py" line="+72"/>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest waiting</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dock to stock, median</source>
        <translation>收货到上架（中位数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>工作时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per hour</source>
        <translation>每小时件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open holds, oldest first</source>
        <translation>待审核商品（最早的在前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog: parcels received, not yet inspected</source>
        <translation>积压：已收货、尚未质检的包裹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock to stock per station (parcel received to item completed)</source>
        <translation>各工位收货到上架时长（从包裹收货到商品完成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per inspector, across the benches they worked at: dock to stock and items per hour</source>
        <translation>按质检员统计（含其所有工作过的工位）：收货到上架时长与每小时件数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours worked are active time: the stretches from one parcel or item to the next, with gaps of more than 15 minutes left out as breaks.</source>
        <translation>工作时长按实际作业时间计算：从一个包裹或商品到下一个的间隔，超过 15 分钟的空档视为休息，不计入。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>As of {time} on {day} ({zone}), by this desk&apos;s records. Holds and backlog: what is open now, from {since}; dock to stock and items per hour: items completed {first} to {last}.</source>
        <translation>截至 {day} {time}（{zone}），依据本主管端的记录。待审核与积压：当前未结的部分，自 {since} 起；收货到上架与每小时件数：{first} 至 {last} 完成的商品。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open holds: none</source>
        <translation>待审核：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open holds: {count}, the oldest waiting {age}</source>
        <translation>待审核：{count} 件，最久已等待 {age}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcels not yet inspected: none</source>
        <translation>未质检的包裹：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels not yet inspected: {count} (stations with a backlog: {stations})</source>
        <translation>未质检的包裹：{count} 个（有积压的工位：{stations} 个）</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../ui/review/supervisor_actions.py" line="+27"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>只有主管才能审核和改判质检结果。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>只有主管才能解锁工牌。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/review/insight_view.py" line="-212"/>
        <source>Items per day (bars), exceptions per day (line)</source>
        <translation>每日件数（柱），每日异常数（线）</translation>
    </message>
</context>
<context>
    <name>UnlockBadgeDialog</name>
    <message>
        <location filename="../../ui/bench/unlock_badge_dialog.py" line="+33"/>
        <source>Unlock a badge</source>
        <translation>解锁工牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OP-1234</source>
        <translation>OP-1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the badge locked by wrong PINs, or type it, then Enter.</source>
        <translation>扫描因 PIN 输错被锁定的工牌，或手动输入，然后按 Enter。</translation>
    </message>
</context>
<context>
    <name>UvcCamera</name>
    <message>
        <location filename="../../ui/bench/camera_source.py" line="-114"/>
        <source>No camera found. Plug in the camera, or drop a picture file on the window.</source>
        <translation>未找到摄像头。请插上摄像头，或将图片文件拖到窗口上。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The camera was unplugged. Plug it back in, or drop a picture file on the window.</source>
        <translation>摄像头已被拔出。请重新插上，或将图片文件拖到窗口上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera stopped working ({message}). Drop a picture file on the window, or ask a supervisor to check the camera (Ctrl+Shift+C).</source>
        <translation>摄像头停止工作（{message}）。请将图片文件拖到窗口上，或请主管检查摄像头（Ctrl+Shift+C）。</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <location filename="../../ui/bench/weight_dialog.py" line="+40"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the item in hand weighs:</source>
        <translation>手上商品的重量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the parcel weighs, as received:</source>
        <translation>包裹到货时的重量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grams (1234), or with a unit: 1.234 kg, 2.7 lb</source>
        <translation>克（1234），或带单位：1.234 kg、2.7 lb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a weight</source>
        <translation>不是有效重量</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+129"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <location filename="../../inspector/bench/labels_at_bench.py" line="+118"/>
        <source>The station settings could not be saved.</source>
        <translation>无法保存工位设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk space and the data folder&apos;s permissions, then try again.</source>
        <translation>请检查磁盘空间和数据文件夹的权限，然后重试。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+24"/>
        <source>Label {plate} was not printed. {problem}</source>
        <translation>标签 {plate} 未打印。{problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+178"/>
        <source>Type your PIN, or scan your badge again.</source>
        <translation>请输入 PIN，或重新扫描工牌。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="+50"/>
        <source>The photo is kept and will be recorded: {problem}</source>
        <translation>照片已保留，稍后记录：{problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{finding} is not a finding here.</source>
        <translation>{finding} 不是此处的损坏项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking a photo of {description}…</source>
        <translation>正在拍摄 {description} 的照片…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking a photo of {finding}…</source>
        <translation>正在拍摄 {finding} 的照片…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../inspector/bench/session.py" line="+1"/>
        <source>Sign in first: scan your badge.</source>
        <translation>请先登录：扫描工牌。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photo saved.</source>
        <translation>照片已保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo of {finding} saved.</source>
        <translation>{finding} 的照片已保存。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A photo kept for recording was dropped: {problem}</source>
        <translation>一张待记录的照片已被舍弃：{problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This item&apos;s photo is not recorded yet, so it cannot be completed: {problem}</source>
        <translation>此商品的照片尚未记录，无法完成：{problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This item has no photo to remove.</source>
        <translation>此商品没有可删除的照片。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translation>照片已删除。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo brought back.</source>
        <translation>照片已恢复。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+11"/>
        <source>No item with label {plate} on this bench.</source>
        <translation>本工作台没有标签为 {plate} 的商品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{plate}: {description}, grade {grade}, {disposition} to bin {bin} ({status}).</source>
        <translation>{plate}：{description}，等级 {grade}，{disposition}，放入库位 {bin}（{status}）。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+54"/>
        <source>Resumed the parcel left open at this bench.</source>
        <translation>已恢复本工作台上未完成的包裹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish (F12) or cancel (Esc) the item in hand before the next parcel.</source>
        <translation>请先完成（F12）或取消（Esc）手上的商品，再处理下一个包裹。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{rma} is the parcel open now: scan its items, or press F11 when it is done.</source>
        <translation>{rma} 是当前已打开的包裹：请扫描其中的物品，完成后按 F11。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No return found for this parcel: received as an unexpected return.</source>
        <translation>找不到此包裹的退货单：按无预报退货收货。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rma}: {warnings}</source>
        <translation>{rma}：{warnings}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rma}, order {order}: scan the first item.</source>
        <translation>{rma}，订单 {order}：请扫描第一件商品。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order {order} has more than {count} open returns: scan the RMA label.</source>
        <translation>订单 {order} 有超过 {count} 个未完成的退货：请扫描 RMA 标签。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order {order} has {count} open returns: press 1-{count} or scan the RMA label.</source>
        <translation>订单 {order} 有 {count} 个未完成的退货：按 1-{count} 或扫描 RMA 标签。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No returns to choose from.</source>
        <translation>没有可选择的退货。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press 1-{count} to choose a return, or scan the RMA label.</source>
        <translation>按 1-{count} 选择退货，或扫描 RMA 标签。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>Scan the parcel (tracking or RMA label) before its items.</source>
        <translation>请先扫描包裹（运单号或 RMA 标签），再扫描其中的商品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade the item in hand (keys 1-5) or cancel it (Esc) before the next.</source>
        <translation>请先给手上的商品定等级（按 1-5 键）或取消（Esc），再处理下一件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{description}: {problems}</source>
        <translation>{description}：{problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{description}: grade it (1-5).</source>
        <translation>{description}：请定等级（1-5）。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/photo_steps.py" line="-113"/>
        <location filename="../../inspector/bench/session.py" line="+20"/>
        <location filename="../../inspector/bench/weighing_steps.py" line="+87"/>
        <source>Scan an item first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+17"/>
        <source>Grade {grade}.</source>
        <translation>等级 {grade}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key {key} is not a grade here.</source>
        <translation>按键 {key} 在这里不是等级。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{finding}: recorded.</source>
        <translation>{finding}：已记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}: removed.</source>
        <translation>{finding}：已移除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disposition: {disposition}.</source>
        <translation>处置：{disposition}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../inspector/usecases/inspections.py" line="+139"/>
        <source>Scan a parcel first.</source>
        <translation>请先扫描包裹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packaging condition recorded.</source>
        <translation>已记录包装状况。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: {description}, grade {grade}, {disposition} to bin {bin}.</source>
        <translation>完成：{description}，等级 {grade}，{disposition}，放入库位 {bin}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} {problem}</source>
        <translation>{done} {problem}</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="-10"/>
        <source>No return chosen: scan the RMA label or the tracking number.</source>
        <translation>未选择退货：请扫描 RMA 标签或运单号。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+19"/>
        <source>Item cancelled; nothing was recorded for it.</source>
        <translation>商品已取消，未记录任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item in hand. To finish the parcel scan PARCEL DONE.</source>
        <translation>手上没有商品。要结束本包裹，请扫描 PARCEL DONE（包裹完成）条码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to cancel.</source>
        <translation>没有可取消的内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopened {description}.</source>
        <translation>已重新打开：{description}。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/parcel_opening.py" line="+30"/>
        <source>No parcel open.</source>
        <translation>没有打开的包裹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../inspector/usecases/inspections.py" line="+2"/>
        <source>Finish or cancel the item in hand first.</source>
        <translation>请先完成或取消手上的商品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcel done: {count} item(s). Scan the next parcel.</source>
        <translation>包裹完成：{count} 件商品。请扫描下一个包裹。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/label_steps.py" line="+21"/>
        <source>No label to reprint yet.</source>
        <translation>还没有可补打的标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No label printer is set up at this station; label {plate} was not printed.</source>
        <translation>本工位未设置标签打印机；标签 {plate} 未打印。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing label {plate}…</source>
        <translation>正在打印标签 {plate}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{found} {printing}</source>
        <translation>{found} {printing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Label {plate} printed.</source>
        <translation>标签 {plate} 已打印。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Label printing is not available at this bench.</source>
        <translation>本工作台无法打印标签。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Only a supervisor can change the label printer.</source>
        <translation>只有主管才能更换标签打印机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label printer: {printer}. Labels waiting: {count}.</source>
        <translation>标签打印机：{printer}。待打印标签：{count}。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/session.py" line="+12"/>
        <source>A new site policy came from the hub but could not be read; the bench keeps the one it has.</source>
        <translation>中心服务器发来了新的仓库策略，但无法读取；本工作台继续使用现有策略。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site policy was updated from the hub; it applies from the next item.</source>
        <translation>仓库策略已从中心服务器更新，从下一件商品起生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not on this return (wrong item).</source>
        <translation>不在此退货单上（错发商品）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects.</source>
        <translation>件数超过退货单的数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number is not the one shipped.</source>
        <translation>序列号与发货时的不符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial number scanned: type it with Ctrl+Shift+S.</source>
        <translation>未扫描序列号：请用 Ctrl+Shift+S 输入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel has no return.</source>
        <translation>包裹没有对应的退货单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window.</source>
        <translation>超出退货期限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-returnable category.</source>
        <translation>该品类不可退货。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return is not open upstream.</source>
        <translation>上游系统中此退货单已不再开放。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/sign_in.py" line="+78"/>
        <source>Finish or cancel the item in hand before another operator signs in.</source>
        <translation>请先完成或取消手上的商品，再让其他操作员登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge {badge}: type your PIN and press Enter.</source>
        <translation>工牌 {badge}：请输入 PIN 并按 Enter。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan your badge first.</source>
        <translation>请先扫描工牌。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in: {name}.</source>
        <translation>已登录：{name}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: {name}. {warning}</source>
        <translation>已登录：{name}。{warning}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../inspector/usecases/operators.py" line="+167"/>
        <source>Only a supervisor can unlock a badge.</source>
        <translation>只有主管才能解锁工牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{text}&quot; is not a badge: scan the badge to unlock.</source>
        <translation>“{text}”不是工牌：请扫描要解锁的工牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge {badge} unlocked: it can sign in again.</source>
        <translation>工牌 {badge} 已解锁，可以重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge {badge} was not locked.</source>
        <translation>工牌 {badge} 未被锁定。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finish or cancel the item in hand before signing out.</source>
        <translation>请先完成或取消手上的商品，再退出登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out. An open parcel resumes at the next sign-in.</source>
        <translation>已退出登录。未完成的包裹将在下次登录时继续。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed out: idle for {minutes} min. The item in hand is kept and resumes at the next sign-in.</source>
        <translation>闲置 {minutes} 分钟，已自动退出登录。手上的商品已保留，将在下次登录时继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out: idle for {minutes} min. An open parcel resumes at the next sign-in.</source>
        <translation>闲置 {minutes} 分钟，已自动退出登录。未完成的包裹将在下次登录时继续。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/views.py" line="+62"/>
        <source>No return is known for this parcel: it is received as an unexpected return.</source>
        <translation>此包裹没有已知的退货单：按无预报退货收货。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was cancelled or closed upstream: check with a supervisor.</source>
        <translation>此退货单已在上游系统中取消或关闭：请与主管确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received after the return window closed.</source>
        <translation>在退货期限截止后收到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel does not weigh what the return&apos;s items should.</source>
        <translation>包裹重量与退货商品应有的重量不符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel weighs hardly more than its packaging: it may be empty.</source>
        <translation>包裹重量几乎只有包装：可能是空的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return were not in this parcel.</source>
        <translation>此包裹中缺少退货的部分商品。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>chosen by a supervisor</source>
        <translation>由主管选定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>deductions waived, +{bonus}%</source>
        <translation>免扣减，+{bonus}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deductions waived</source>
        <translation>免扣减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after deductions, +{bonus}%</source>
        <translation>扣减后，+{bonus}%</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>if the grade allows it</source>
        <translation>视等级而定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange asked; it needs grade {lowest} or better</source>
        <translation>客户要求换货；需要等级 {lowest} 或更好</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a supervisor decides</source>
        <translation>由主管决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not refundable</source>
        <translation>不予退款</translation>
    </message>
    <message>
        <location filename="../../inspector/exporting/atomic_file.py" line="+31"/>
        <source>Choose another folder.</source>
        <translation>请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full: {path} was not written.</source>
        <translation>磁盘已满：{path} 未写入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and export again.</source>
        <translation>请释放一些空间后重新导出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission to write {path}.</source>
        <translation>没有写入 {path} 的权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} 位于只读磁盘上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it or choose another folder.</source>
        <translation>请创建该文件夹或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another path.</source>
        <translation>请选择其他路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be written: {why}.</source>
        <translation>无法写入 {path}：{why}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk or choose another folder.</source>
        <translation>请检查磁盘或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder.</source>
        <translation>{path} 是一个文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name.</source>
        <translation>请填写文件名。</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/jobs.py" line="+75"/>
        <source>Unknown label size {size}.</source>
        <translation>未知的标签尺寸 {size}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {plate} was cancelled; it gets no label.</source>
        <translation>商品 {plate} 已取消，不生成标签。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That label is no longer waiting to be printed.</source>
        <translation>该标签已不在待打印队列中。</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/label_source.py" line="+21"/>
        <source>No item with label or id {ref} on this bench.</source>
        <translation>本工作台没有标签或 ID 为 {ref} 的商品。</translation>
    </message>
    <message>
        <location filename="../../inspector/printing/problems.py" line="+11"/>
        <source>The label is kept in the reprint queue; the inspection is saved.</source>
        <translation>标签保留在补打队列中；质检结果已保存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No label printer is set up at this station.</source>
        <translation>本工位未设置标签打印机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to choose one in the station settings.</source>
        <translation>请管理员在工位设置中选择一台。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label printer {where} refused the connection.</source>
        <translation>标签打印机 {where} 拒绝了连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on, online and set to raw port 9100.</source>
        <translation>请检查打印机是否已开机、联机，并设为 raw 端口 9100。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} did not answer in time.</source>
        <translation>标签打印机 {where} 未及时响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its power and network cable, then reprint.</source>
        <translation>请检查电源和网线，然后补打。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer {where} cannot be reached ({detail}).</source>
        <translation>无法连接标签打印机 {where}（{detail}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer&apos;s address in the station settings and the network.</source>
        <translation>请检查工位设置中的打印机地址以及网络。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label printer {where} is not ready: {state}.</source>
        <translation>标签打印机 {where} 未就绪：{state}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix it at the printer, then reprint.</source>
        <translation>请在打印机上排除故障，然后补打。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} is not installed on this computer.</source>
        <translation>此电脑上未安装打印机 {name}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an installed printer in the station settings.</source>
        <translation>请在工位设置中选择一台已安装的打印机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer {name} did not take the label.</source>
        <translation>打印机 {name} 未接收该标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer and its queue, then reprint.</source>
        <translation>请检查打印机及其打印队列，然后补打。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of labels</source>
        <translation>标签纸用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head open</source>
        <translation>打印头未合上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ribbon out</source>
        <translation>碳带用完</translation>
    </message>
    <message>
        <location filename="../../inspector/scans/errors.py" line="+71"/>
        <source>The scan was empty. Scan the barcode again.</source>
        <translation>扫描内容为空。请重新扫描条码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan is too long ({length} characters, at most {limit}). Scan one barcode at a time.</source>
        <translation>扫描内容过长（{length} 个字符，最多 {limit} 个）。请一次只扫描一个条码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; contains hidden control characters. Rescan; if it happens again, ask a supervisor to check the scanner settings.</source>
        <translation>扫描内容“{scan}”含有隐藏的控制字符。请重扫；如果再次出现，请主管检查扫描枪设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan &quot;{scan}&quot; could not be read: the scanner sent broken characters. Scan the barcode again.</source>
        <translation>无法读取扫描内容“{scan}”：扫描枪发送了乱码字符。请重新扫描条码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check digit does not match: {value} is not a valid {formats}. Rescan the barcode.</source>
        <translation>校验位不符：{value} 不是有效的 {formats}。请重新扫描条码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This GS1 barcode cannot be read: {problem}. Rescan the barcode or type the number printed under it.</source>
        <translation>无法读取此 GS1 条码：{problem}。请重扫条码，或输入条码下方印刷的号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command barcode &quot;{scan}&quot;. Use the command card at your bench.</source>
        <translation>未知的指令条码“{scan}”。请使用工作台上的指令卡。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{scan}&quot; is not a barcode this bench knows{hint}. Scan the parcel label, the item barcode or a bench card.</source>
        <translation>“{scan}”不是本工作台能识别的条码{hint}。请扫描包裹标签、商品条码或工作台指令卡。</translation>
    </message>
    <message>
        <location filename="../../inspector/storage/database.py" line="+29"/>
        <source>This database was made by a newer version of the program, which this version cannot read; it was not changed.</source>
        <translation>此数据库由较新版本的程序创建，当前版本无法读取；数据库未被更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer version again, or restore a backup made before it (inspector restore FILE).</source>
        <translation>请重新安装较新版本，或恢复安装该版本之前的备份（inspector restore FILE）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database is busy (locked by another program).</source>
        <translation>数据库正忙（被其他程序锁定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a moment and try again; nothing was lost.</source>
        <translation>请稍等片刻后重试；没有丢失任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space; nothing was lost.</source>
        <translation>请释放一些空间；没有丢失任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk could not be read or written.</source>
        <translation>无法读写磁盘。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk; nothing was lost.</source>
        <translation>请检查磁盘；没有丢失任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data folder exists and is writable.</source>
        <translation>请检查数据文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is read-only.</source>
        <translation>数据库为只读。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the permissions of the data folder.</source>
        <translation>请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged or is not a bench database.</source>
        <translation>数据库文件已损坏，或不是工作台数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it from a backup, or choose another data folder.</source>
        <translation>请从备份恢复，或选择其他数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/client.py" line="+33"/>
        <source>The hub cannot be reached.</source>
        <translation>无法连接中心服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work goes on; records are kept and sent when it is back.</source>
        <translation>工作照常进行；记录会保留，待连接恢复后发送。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub refused this station&apos;s token.</source>
        <translation>中心服务器拒绝了本工位的令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator for a new station token.</source>
        <translation>请向管理员申请新的工位令牌。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub refused what this station asked for.</source>
        <translation>中心服务器拒绝了本工位的请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the administrator what the hub said (in the details).</source>
        <translation>请将中心服务器的答复（见详细信息）告知管理员。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This station&apos;s token belongs to {token_station}, but this bench calls itself {bench_station}.</source>
        <translation>本工位的令牌属于 {token_station}，但本工作台的工位名为 {bench_station}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the station name to {token_station} (inspector settings --set-station {token_station}) or ask the administrator for a token for {bench_station}.</source>
        <translation>请将工位名设为 {token_station}（inspector settings --set-station {token_station}），或向管理员申请 {bench_station} 的令牌。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No hub is set up for this station.</source>
        <translation>本工位未设置中心服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>请在工位设置中填写 hub_url 和 hub_token。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hub refused a photo: its bytes did not match its hash.</source>
        <translation>中心服务器拒收了一张照片：文件内容与其哈希值不符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is sent again from the start.</source>
        <translation>照片将从头重新发送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub&apos;s record of a photo gives another size than its file.</source>
        <translation>中心服务器上某张照片的记录与其文件大小不一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is set aside; tell the administrator.</source>
        <translation>照片已被搁置；请告知管理员。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The hub refused a photo as too big.</source>
        <translation>中心服务器以文件过大为由拒收了一张照片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to check the hub&apos;s photo size limit.</source>
        <translation>请管理员检查中心服务器的照片大小上限。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hub keeps no photos: they wait at this bench.</source>
        <translation>中心服务器不保存照片：照片暂留在本工作台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to start the hub with --photos DIR.</source>
        <translation>请管理员使用 --photos DIR 启动中心服务器。</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/closed_days.py" line="+78"/>
        <source>The site&apos;s day {day} is already closed: report no. {number}, signed by {signer} at {at} (UTC).</source>
        <translation>仓库 {day} 已日结：报告编号 {number}，由 {signer} 于 {at}（UTC）签署。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This station may not close the site&apos;s day: only a supervisor desk may. The administrator gives it the right with `inspector hub add-station {station} --site-view`.</source>
        <translation>本工位无权办理仓库日结：只有主管端可以。管理员可用 `inspector hub add-station {station} --site-view` 授予此权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub did not close the day: {why}</source>
        <translation>中心服务器未完成日结：{why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/exports.py" line="+53"/>
        <source>Unknown export format {fmt}: choose {formats}.</source>
        <translation>未知的导出格式 {fmt}：请选择 {formats}。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/inspections.py" line="-24"/>
        <source>That record belongs to station {station}: this desk holds a read-only copy.</source>
        <translation>该记录属于工位 {station}：本主管端只保存只读副本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../inspector/usecases/photos.py" line="+77"/>
        <source>That item is no longer on this bench.</source>
        <translation>该商品已不在本工作台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item is already finished.</source>
        <translation>该商品已完成。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../inspector/usecases/review.py" line="+271"/>
        <source>Grade {grade} is not on this site&apos;s scale ({scale}).</source>
        <translation>等级 {grade} 不在本仓库的等级范围内（{scale}）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../inspector/usecases/review.py" line="+85"/>
        <source>Unknown disposition {code}.</source>
        <translation>未知的处置 {code}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the proposed disposition needs a reason.</source>
        <translation>更改建议的处置需要填写原因。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A serial number is 1 to 64 characters.</source>
        <translation>序列号为 1 到 64 个字符。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Grade the item before completing it.</source>
        <translation>请先定等级，再完成该商品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That item cannot be completed now.</source>
        <translation>该商品现在无法完成。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only an item of the parcel still open can be reopened.</source>
        <translation>只能重新打开仍未完成的包裹中的商品。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/operators.py" line="-134"/>
        <source>Badge or PIN not recognised.</source>
        <translation>工牌或 PIN 无法识别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {seconds} s, or ask a supervisor to unlock it.</source>
        <translation>工牌 {badge} 因 PIN 输错次数过多已被锁定。请在 {seconds} 秒后重试，或请主管解锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge {badge} is locked after too many wrong PINs. Try again in {minutes} min, or ask a supervisor to unlock it.</source>
        <translation>工牌 {badge} 因 PIN 输错次数过多已被锁定。请在 {minutes} 分钟后重试，或请主管解锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub since {since}; an operator deactivated since then may still sign in.</source>
        <translation>本工作台自 {since} 起未连上中心服务器；此后被停用的操作员可能仍能登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bench has not reached the hub yet; an operator deactivated at the hub may still sign in here.</source>
        <translation>本工作台尚未连上过中心服务器；在中心服务器上被停用的操作员可能仍能在此登录。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Badge {badge} is already in use.</source>
        <translation>工牌 {badge} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/parcels.py" line="+100"/>
        <source>That parcel is no longer on this bench.</source>
        <translation>该包裹已不在本工作台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That parcel is already finished.</source>
        <translation>该包裹已完成。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown packaging condition {code}.</source>
        <translation>未知的包装状况 {code}。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finish or cancel the item in hand before closing the parcel.</source>
        <translation>请先完成或取消手上的商品，再关闭包裹。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-221"/>
        <source>Only a supervisor can review and override inspections.</source>
        <translation>只有主管才能审核和改判质检结果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write each day as YYYY-MM-DD, e.g. {example}.</source>
        <translation>日期请按 YYYY-MM-DD 格式填写，例如 {example}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range ends ({last}) before it starts ({first}).</source>
        <translation>结束日期（{last}）早于开始日期（{first}）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a completed inspection can be reviewed.</source>
        <translation>只有已完成的质检才能审核。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An override needs a reason.</source>
        <translation>改判需要填写原因。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You inspected this item yourself: another supervisor must approve, override or release it.</source>
        <translation>这件商品是您本人质检的：须由另一位主管批准、改判或放行。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="+57"/>
        <location filename="../../inspector/usecases/review.py" line="+61"/>
        <location line="+23"/>
        <location line="+47"/>
        <source>The item already has that value.</source>
        <translation>该商品已经是这个值。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/review.py" line="-29"/>
        <source>This item has no paid price to deduct from.</source>
        <translation>该商品没有实付金额，无法扣款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That deduction cannot be set: {why}</source>
        <translation>无法设置该扣减：{why}</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/outcome_override.py" line="-10"/>
        <source>Unknown outcome {code}.</source>
        <translation>未知的处理结果 {code}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer named no item to exchange for.</source>
        <translation>客户未指定换货商品。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/site_status.py" line="+64"/>
        <source>site as of {time}</source>
        <translation>仓库状态（截至 {time}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} never heard from</source>
        <translation>{station} 从未联络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} last heard {time}</source>
        <translation>{station} 最后联络 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{said}; {station}</source>
        <translation>{said}；{station}</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/engine.py" line="+46"/>
        <source>The hub&apos;s answer acknowledged none of the records sent.</source>
        <translation>中心服务器的应答未确认任何已发送的记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the hub and the bench run matching versions.</source>
        <translation>请检查中心服务器与工作台的版本是否匹配。</translation>
    </message>
    <message>
        <location filename="../../inspector/bench/weighing_steps.py" line="-21"/>
        <source>{weight} on the scale: it is the parcel&apos;s if you scan its label now.</source>
        <translation>秤上 {weight}：现在扫描包裹标签，即记为该包裹的重量。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan a parcel or an item before typing its weight.</source>
        <translation>请先扫描包裹或商品，再输入重量。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial {serial}: not the one shipped.</source>
        <translation>序列号 {serial}：与发货时的不符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {serial} recorded.</source>
        <translation>已记录序列号 {serial}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weight} is not a weight the bench can record.</source>
        <translation>{weight} 不是可记录的重量。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The item weighs {weight}: not what it should ({detail}).</source>
        <translation>商品重 {weight}：与应有重量不符（{detail}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item weighed: {weight}.</source>
        <translation>商品已称重：{weight}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parcel weighs {weight}: it may be empty ({detail}).</source>
        <translation>包裹重 {weight}：可能是空的（{detail}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parcel weighs {weight}: not what its return&apos;s items should ({detail}).</source>
        <translation>包裹重 {weight}：与退货商品应有重量不符（{detail}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel weighed: {weight}.</source>
        <translation>包裹已称重：{weight}。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/weighing.py" line="+42"/>
        <source>A weight must be between 1 g and {most} g.</source>
        <translation>重量须在 1 g 到 {most} g 之间。</translation>
    </message>
    <message>
        <location filename="../../inspector/domain/photo_rules.py" line="+61"/>
        <source>A photo is needed before completing: grade {grade}. Press F9, or drop a picture on the window.</source>
        <translation>完成前需要照片：等级 {grade}。请按 F9，或将照片拖到窗口上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: {finding}. Press F9, or drop a picture on the window.</source>
        <translation>完成前需要照片：{finding}。请按 F9，或将照片拖到窗口上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A photo is needed before completing: {flag}. Press F9, or drop a picture on the window.</source>
        <translation>完成前需要照片：{flag}。请按 F9，或将照片拖到窗口上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo is needed before completing: a deduction is kept back. Press F9, or drop a picture on the window.</source>
        <translation>完成前需要照片：有扣款。请按 F9，或将照片拖到窗口上。</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/imaging.py" line="+136"/>
        <source>This file is not a picture (JPEG, PNG or HEIC).</source>
        <translation>此文件不是图片（JPEG、PNG 或 HEIC）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This picture file is too big: {size} MB (at most {limit} MB).</source>
        <translation>图片文件过大：{size} MB（最多 {limit} MB）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This picture has too many pixels ({pixels} million; at most {limit} million).</source>
        <translation>图片像素过多（{pixels} 百万像素；最多 {limit} 百万像素）。</translation>
    </message>
    <message>
        <location filename="../../inspector/photos/store.py" line="+31"/>
        <source>The disk is full: the photo was not saved.</source>
        <translation>磁盘已满：照片未保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space and press F9 again; the item stays in hand.</source>
        <translation>请释放一些空间后再按 F9；商品仍在手上。</translation>
    </message>
    <message>
        <location filename="../../inspector/sync/photo_upload.py" line="+47"/>
        <source>The photo file on this bench is damaged or missing; it was not sent.</source>
        <translation>本工作台上的照片文件已损坏或丢失，未发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo 3 times ({detail}).</source>
        <translation>中心服务器已拒收该照片 3 次（{detail}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s record of the photo gives another size than its file ({detail}).</source>
        <translation>中心服务器上该照片的记录与其文件大小不一致（{detail}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused the photo as too big ({detail}).</source>
        <translation>中心服务器以文件过大为由拒收该照片（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../inspector/usecases/photos.py" line="+3"/>
        <source>That item was cancelled: it takes no photo.</source>
        <translation>该商品已取消，不能再添加照片。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That damage is not recorded on this item.</source>
        <translation>此商品未记录该损坏。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That photo is not on this bench.</source>
        <translation>本工作台上没有该照片。</translation>
    </message>
    <message>
        <location filename="../../ui/bench/photo_desk.py" line="+94"/>
        <source>The file {path} cannot be read.</source>
        <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No camera is set up at this bench. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>本工作台未设置摄像头。请将图片文件拖到窗口上，或按 Ctrl+O 选择文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No camera found. Drop a picture file on the window, or press Ctrl+O to choose one.</source>
        <translation>未找到摄像头。请将图片文件拖到窗口上，或按 Ctrl+O 选择文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The camera sent no picture. Press F9 again, or drop a picture file on the window.</source>
        <translation>摄像头没有传来图片。请再按 F9，或将图片文件拖到窗口上。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The camera&apos;s picture could not be read. Press F9 again.</source>
        <translation>无法读取摄像头的图片。请再按 F9。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo could not be taken ({error}). Press F9 again.</source>
        <translation>无法拍摄照片（{error}）。请再按 F9。</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../inspector/demo/demo_sheet.py" line="+84"/>
        <source>inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} · {role} · PIN {pin}</source>
        <translation>{name} · {role} · PIN {pin}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Sign in</source>
        <translation>1. 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, then type its PIN on the keyboard.</source>
        <translation>扫描工牌，然后用键盘输入该工牌的 PIN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete the item</source>
        <translation>完成商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the item (or the parcel)</source>
        <translation>取消商品（或包裹）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {code}: {label}</source>
        <translation>等级 {code}：{label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disposition: {label} (bin {bin})</source>
        <translation>处置：{label}（库位 {bin}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo of the item (as F9)</source>
        <translation>拍摄商品照片（同 F9）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint the last label</source>
        <translation>补打上一张标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel done</source>
        <translation>包裹完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades can also be keyed 1-{count}. A disposition other than the proposed one asks for a reason.</source>
        <translation>等级也可按 1-{count} 键输入。不按建议处置时，需填写原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Command cards</source>
        <translation>2. 指令卡</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post</source>
        <translation>邮政</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} · reason: {reason} · delivered {delivered}</source>
        <translation>订单 {order} · 原因：{reason} · 签收 {delivered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch: this return was cancelled upstream.</source>
        <translation>注意：此退货单已在上游系统中取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: this return was closed upstream.</source>
        <translation>注意：此退货单已在上游系统中关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch: delivered more than {days} days ago (outside the window).</source>
        <translation>注意：签收已超过 {days} 天（超出退货期限）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch: line {line} is {category}, not returnable.</source>
        <translation>注意：第 {line} 行属于 {category} 品类，不可退货。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel label ({carrier})</source>
        <translation>包裹标签（{carrier}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or the RMA label inside</source>
        <translation>…或包裹内的 RMA 标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {description} · {price}</source>
        <translation>第 {line} 行：{description} · {price}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · serial {serial}</source>
        <translation>{what} · 序列号 {serial}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} · ×{count} without serial</source>
        <translation>{what} · ×{count} 无序列号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} · scan ×{count}</source>
        <translation>{what} · 扫描 ×{count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3.{index} Parcel {rma}</source>
        <translation>3.{index} 包裹 {rma}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parcel with no return (unexpected)</source>
        <translation>无退货单的包裹（无预报退货）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item on no demo return (wrong item)</source>
        <translation>不在任何演示退货单上的商品（错发商品）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In parcel {rma}: a serial that was not shipped</source>
        <translation>包裹 {rma} 中：未发货的序列号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Exceptions to try</source>
        <translation>4. 试试这些异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of these goes to the supervisor&apos;s review.</source>
        <translation>以下每一项都会转给主管审核。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Demo barcodes · page {page}</source>
        <translation>演示条码 · 第 {page} 页</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Return inspection bench: demo barcodes</source>
        <translation>退货质检台：演示条码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk the whole flow with a scanner: sign in (badge + PIN), scan a parcel, scan each item, grade it, tick damage, complete; at the end of the parcel scan &quot;Parcel done&quot;. Items show what the product itself carries.</source>
        <translation>用扫描枪走一遍完整流程：登录（工牌 + PIN），扫描包裹，逐件扫描商品，定等级，勾选损坏，完成；包裹处理完后扫描“包裹完成”。商品条码与商品本身所带的条码相同。</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+23"/>
        <source>No return known for this parcel</source>
        <translation>此包裹无已知退货单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item: not on this return</source>
        <translation>错发商品：不在此退货单上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than the return expects</source>
        <translation>件数超过退货单数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial is not the one shipped</source>
        <translation>序列号与发货时不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the return window</source>
        <translation>超出退货期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category cannot be returned</source>
        <translation>该品类不可退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction needs supervisor review</source>
        <translation>扣减需主管审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition changed by hand</source>
        <translation>处置已被手动更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return was cancelled or closed upstream</source>
        <translation>退货单已在上游系统中取消或关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial scanned, the line lists serials</source>
        <translation>未扫描序列号，但该行列有序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review: fraud signals</source>
        <translation>暂扣待审：欺诈信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel weight is off</source>
        <translation>包裹重量不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel looks empty</source>
        <translation>包裹疑似为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the return missing from the parcel</source>
        <translation>包裹中缺少退货商品</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../ui/kiosk/close_guard.py" line="+35"/>
        <source>Only a supervisor can close the bench</source>
        <translation>只有主管才能关闭工作台</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../inspector/labels/captions.py" line="+15"/>
        <source>DISPOSITION</source>
        <translation>去向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LICENSE PLATE</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITEM</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GS1  (01) GTIN  (21) SERIAL  (10) LOT</source>
        <translation>GS1  (01) GTIN  (21) 序列号  (10) 批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPERATOR</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATION</source>
        <translation>工位</translation>
    </message>
</context>
<context>
    <name>match</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+29"/>
        <source>On the return</source>
        <translation>在退货单上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>错发商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra unit</source>
        <translation>多出件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial mismatch</source>
        <translation>序列号不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial missing</source>
        <translation>缺序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return</source>
        <translation>无退货单</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+13"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor decides</source>
        <translation>由主管决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>Scan your badge to sign in</source>
        <translation>请扫描工牌登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your PIN and press Enter</source>
        <translation>请输入 PIN 并按 Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a parcel label or RMA number</source>
        <translation>请扫描包裹标签或 RMA 号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next item</source>
        <translation>请扫描下一件商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade, tick damage, complete</source>
        <translation>定等级、勾选损坏、完成</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="+5"/>
        <source>As new</source>
        <translation>全新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box / like new</source>
        <translation>开箱/近全新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged / parts</source>
        <translation>损坏/拆件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsellable</source>
        <translation>不可售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dented / scuffed</source>
        <translation>凹陷/擦伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torn / opened</source>
        <translation>破损/已拆封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crushed (carrier)</source>
        <translation>压坏（承运商）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet</source>
        <translation>受潮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scratches / scuffs</source>
        <translation>划痕/擦痕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dents / cracks</source>
        <translation>凹痕/裂纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stains / odour</source>
        <translation>污渍/异味</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessory</source>
        <translation>缺配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original packaging missing</source>
        <translation>缺原包装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of use</source>
        <translation>使用痕迹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hygiene seal broken</source>
        <translation>卫生封条破损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defective (does not work)</source>
        <translation>功能故障（无法使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We shipped the wrong item</source>
        <translation>我方错发商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open box</source>
        <translation>开箱品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refurbish</source>
        <translation>翻新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to vendor</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation</source>
        <translation>清仓处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycling</source>
        <translation>回收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>隔离</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+31"/>
        <source>Plate</source>
        <translation>LPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../inspector/reports/site_notes.py" line="+48"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+115"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+62"/>
        <source>Outcomes per currency</source>
        <translation>按币种的处理结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money held back for review</source>
        <translation>暂扣待审的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items held for review with no approval or outcome decided yet, and the money they would pay out.</source>
        <translation>暂扣待审、尚未批准或决定处理结果的商品，及其将支付的金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items held</source>
        <translation>暂扣件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount held</source>
        <translation>暂扣金额</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fraud signals</source>
        <translation>欺诈信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome mix</source>
        <translation>处理结果构成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKUs with fraud signals (top {count})</source>
        <translation>有欺诈信号的 SKU（前 {count} 个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../inspector/reports/sections.py" line="-114"/>
        <location line="+123"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers with fraud signals (top {count})</source>
        <translation>有欺诈信号的客户（前 {count} 名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="-123"/>
        <location line="+107"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+79"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+81"/>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deduction</source>
        <translation>扣减</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../inspector/reports/site_notes.py" line="+1"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/charts.py" line="+53"/>
        <location filename="../../inspector/reports/day_pdf.py" line="+82"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Items completed per hour ({zone})</source>
        <translation>每小时完成件数（{zone}）</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+24"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-44"/>
        <location line="+23"/>
        <location filename="../../inspector/reports/sections.py" line="+22"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Day: {day} ({zone})</source>
        <translation>日期：{day}（{zone}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations: {stations}</source>
        <translation>工位：{stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated: {generated}</source>
        <translation>生成时间：{generated}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day returns inspection report</source>
        <translation>退货质检日终报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deductions and refunds per currency</source>
        <translation>按币种统计扣减与退款</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="-22"/>
        <location filename="../../inspector/reports/sections.py" line="+5"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+0"/>
        <source>Deductions</source>
        <translation>扣减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items by grade, disposition and reason found</source>
        <translation>按等级、处置和实际原因统计件数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason found</source>
        <translation>实际原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason stated by the customer beside the reason found</source>
        <translation>客户申报原因与实际原因对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason differs from the reason found: {mismatches} of {items} items.</source>
        <translation>申报原因与实际原因不符：{items} 件中有 {mismatches} 件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stated</source>
        <translation>客户申报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>实际发现</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade mix</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposition mix</source>
        <translation>处置分布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason found mix</source>
        <translation>实际原因分布</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Throughput per inspector</source>
        <translation>各质检员作业量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours worked</source>
        <translation>工作时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per hour</source>
        <translation>每小时件数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most returned SKUs (top {count})</source>
        <translation>退货最多的 SKU（前 {count} 名）</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/outcome_sections.py" line="+36"/>
        <location filename="../../inspector/reports/sections.py" line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/sections.py" line="+7"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Damage by carrier and by packaging condition</source>
        <translation>按承运商和包装状况统计损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exceptions ({count})</source>
        <translation>异常（{count}）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photos not received yet: {count}.</source>
        <translation>尚未收到的照片：{count}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by (supervisor)</source>
        <translation>审核人（主管）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (manager)</source>
        <translation>批准人（经理）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-off</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have reviewed the exceptions above and agree the totals of this report.</source>
        <translation>本人已审核以上异常，并确认本报告的合计数据无误。</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/site_notes.py" line="-3"/>
        <source>Closed day</source>
        <translation>日结日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parcel receipt</source>
        <translation>包裹收货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item inspection</source>
        <translation>商品质检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection override</source>
        <translation>质检改判</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stations not heard from since before the end of this day (their records of the day may be missing): {stations}</source>
        <translation>当天结束前就已失联的工位（其当天的记录可能缺失）：{stations}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Late records for closed days ({count})</source>
        <translation>日结后才到达的记录（{count}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of days already signed off that reached the hub after the signing. The signed reports stay as they were; each closed day&apos;s addendum lists its own.</source>
        <translation>已日结的日期中，在签署之后才到达中心服务器的记录。已签署的报告保持原样；每个日结日期的补充报告列出各自的迟到记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/day_pdf.py" line="+3"/>
        <source>Returns inspection · {period} · stations: {stations}</source>
        <translation>退货质检 · {period} · 工位：{stations}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page} · generated {generated}</source>
        <translation>第 {page} 页 · 生成于 {generated}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>End-of-day report {period}</source>
        <translation>日终报告 {period}</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/figures.py" line="+28"/>
        <location line="+1"/>
        <source>wrong item returned</source>
        <translation>退错商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no return on file</source>
        <translation>无退货单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong item shipped</source>
        <translation>错发商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defective</source>
        <translation>功能故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>used / opened</source>
        <translation>已使用/已拆封</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>damaged by customer</source>
        <translation>客户损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fault found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none stated)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../inspector/reports/photo_cells.py" line="+26"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo not received yet</source>
        <translation>照片尚未收到</translation>
    </message>
</context>
<context>
    <name>role</name>
    <message>
        <location filename="../../ui/common/texts.py" line="+4"/>
        <source>inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <location filename="../../inspector/domain/code_words.py" line="-44"/>
        <source>Item swapped</source>
        <translation>商品被调包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight off</source>
        <translation>重量不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty box</source>
        <translation>空箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing items</source>
        <translation>缺件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worn, but returned as unused</source>
        <translation>有使用痕迹，却按未使用退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat returner</source>
        <translation>频繁退货客户</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../../ui/kiosk/single_instance.py" line="+20"/>
        <source>The bench is already running on this data folder ({holder}). Switch to that window, or start with another --data-dir.</source>
        <translation>工作台已在此数据文件夹上运行（{holder}）。请切换到那个窗口，或使用其他 --data-dir 启动。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Return inspection bench</source>
        <translation>退货质检台</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="+527"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: off</source>
        <translation>同步：已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hub_url and hub_token in the station settings.</source>
        <translation>请在工位设置中填写 hub_url 和 hub_token。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: {n} pending</source>
        <translation>同步：{n} 条待发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} set aside</source>
        <translation>{n} 条被搁置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last {when}</source>
        <translation>上次 {when}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success: {when}</source>
        <translation>上次成功：{when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error: {error}</source>
        <translation>上次错误：{error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next try in {s} s</source>
        <translation>{s} 秒后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records set aside by the hub wait for a supervisor: inspector sync --rejected</source>
        <translation>被中心服务器搁置的同步记录等待主管处理：inspector sync --rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photos waiting: {n}</source>
        <translation>待传照片：{n}</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+471"/>
        <source>Sync failed unexpectedly; see the log.</source>
        <translation>同步意外失败；请查看日志。</translation>
    </message>
</context>
</TS>

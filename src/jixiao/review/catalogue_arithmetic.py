"""The arithmetic part of the review findings catalogue: figures that do not add up, rates
and shares their inputs do not give, tables whose columns disagree."""

from __future__ import annotations

from jixiao.core.findings import Severity
from jixiao.review.model import FindingKind

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_ARITH = "arithmetic"

ARITHMETIC: dict[str, FindingKind] = {
    "sum-mismatch": FindingKind(
        _E,
        _ARITH,
        "总数与分项之和不符",
        "总数与分项不一致，说明数据来源或填报有误，影响报告可信度。",
    ),
    "sum-short": FindingKind(
        _W,
        _ARITH,
        "所列分项之和小于总数",
        "逐项列出的金额或数量合计应等于总数；另有未列项目时应注明，否则疑为数据有误。",
    ),
    "sum-part-whole": FindingKind(
        _W,
        _ARITH,
        "分项之一已等于总数，另列资金超出总数",
        "“其中”所列分项应包含于总数之内；一项已等于总数而另列资金的，总数或表述有误。",
    ),
    "criteria-points-mismatch": FindingKind(
        _W,
        _ARITH,
        "指标分值与其评分标准各项分值合计不符",
        "评分标准各项分值应合计为该指标分值，不符则评分依据自相矛盾，得分无从核实。",
    ),
    "formula-mismatch": FindingKind(
        _E,
        _ARITH,
        "文中算式计算有误",
        "报告写出的计算式与其结果应一致，算式结果有误说明该指标数值不可信。",
    ),
    "net-income-mismatch": FindingKind(
        _E,
        _ARITH,
        "净收入与总收入、成本不符",
        "净收入应等于总收入扣除成本后的余额，不符说明收益测算有误，项目效益目标依据不足。",
    ),
    "share-amount-mismatch": FindingKind(
        _E,
        _ARITH,
        "按比例分担的金额与基数不符",
        "按比例分担的金额应等于基数乘以该比例，不符说明基数、比例或金额至少一项有误。",
    ),
    "attachment-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "正文所述金额与附表合计不符",
        "通知正文下达的资金应与所附分配表（安排表）的合计一致，不符说明正文或附表至少一处有误。",
    ),
    "detail-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "基本信息所列金额与支出明细合计不符",
        "项目基本信息中的实际支出（计划安排资金）应与支出明细表的合计一致，不符说明至少一处填报有误。",
    ),
    "pace-gap-mismatch": FindingKind(
        _E,
        _ARITH,
        "与序时进度的差距计算有误",
        "序时（均衡）进度按已过月份占全年的比例计算，快慢幅度应等于完成预算的比例与序时进度之差。",
    ),
    "product-mismatch": FindingKind(
        _E,
        _ARITH,
        "金额与标准、数量之积不符",
        "按标准发放的资金应等于补助标准乘以数量，不符说明标准、数量或金额至少一项有误。",
    ),
    "column-formula-mismatch": FindingKind(
        _E,
        _ARITH,
        "表中数字与表头栏次公式不符",
        "表头以栏次写明的计算关系（如⑧=④×⑦）应逐行成立，不符说明该行数字至少一项有误。",
    ),
    "average-growth-mismatch": FindingKind(
        _E,
        _ARITH,
        "年均增长率与首末年份数据不符",
        "年均增长率应按首末两年数据几何平均计算，不符说明增长率或所列数据有误。",
    ),
    "sum-rounding-gap": FindingKind(
        _I,
        _ARITH,
        "分项之和与总数存在尾差",
        "分项与合计应一致；因四舍五入产生尾差的，应在文中或表注中说明，避免误认为数据有误。",
    ),
    "rate-rounding-gap": FindingKind(
        _I,
        _ARITH,
        "比率与复算结果不一致（在数据舍入范围内）",
        "按所列数据复算的比率应与报告一致；差异源于数据舍入的，应统一数据精度或注明。",
    ),
    "share-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "各项占比合计超过100%",
        "互不重叠的各项占比之和不能超过100%（允许各自舍入误差），否则至少一项占比有误。",
    ),
    "share-last-digit": FindingKind(
        _W,
        _ARITH,
        "占比末位与复算不符",
        "各项占比四舍五入后合计本为100%，改动末位使占比与所列金额不符，应按复算结果更正。",
    ),
    "distribution-mismatch": FindingKind(
        _W, _ARITH, "“分别”所列数量与总数不符", "逐项分配的数量之和应与总数相符，否则需说明口径。"
    ),
    "difference-mismatch": FindingKind(
        _E, _ARITH, "增减额计算有误", "调增（减）额应等于调整前后之差，差额有误将影响调整率等指标。"
    ),
    "remainder-mismatch": FindingKind(
        _E,
        _ARITH,
        "结余额与到位数、支出数不符",
        "结余应等于可用资金减去实际支出，不符说明至少一项数据有误。",
    ),
    "rate-mismatch": FindingKind(
        _E,
        _ARITH,
        "比率与所列数据不符",
        "比率应能由报告所列分子、分母复算得出，复算不符影响指标得分。",
    ),
    "comparison-contradicted": FindingKind(
        _E,
        _ARITH,
        "比较表述与数据矛盾",
        "“决算数小于预算数”等表述应与所列数据一致，矛盾多因逐项套用同一句式，说明未逐项核对。",
    ),
    "complement-mismatch": FindingKind(
        _E, _ARITH, "结转结余率与执行率不互补", "按报告口径结转结余率应等于1减预算执行率。"
    ),
    "share-mismatch": FindingKind(
        _E,
        _ARITH,
        "占比计算有误或基数不一致",
        "占比应以所述总数为基数计算，各分项占比之和应为100%。",
    ),
    "score-mismatch": FindingKind(
        _E, _ARITH, "总分与各项得分之和不符", "自评总分应等于各项指标得分之和。"
    ),
    "list-count-mismatch": FindingKind(
        _E,
        _ARITH,
        "所称个数与列举不符",
        "所称数量与逐一列举的名称个数不一致，机构、单位或项目的口径无法核实。",
    ),
    "balance-mismatch": FindingKind(
        _E,
        _ARITH,
        "收入总计与支出总计不平衡",
        "决算中收入总计（含年初结转结余）必然等于支出总计（含年末结转结余），不等说明数据有误。",
    ),
    "unit-slip": FindingKind(
        _W,
        _ARITH,
        "金额单位前后不一",
        "同一组分项中个别金额的单位与其他各项不同，按同一单位相加才与总数相符，应为单位笔误。",
    ),
    "rounding-truncated": FindingKind(
        _W,
        _ARITH,
        "百分比截位而非四舍五入",
        "百分比应四舍五入保留两位小数，截位会使数据与复算结果不一致。",
    ),
    "figure-inconsistent": FindingKind(
        _W,
        _ARITH,
        "同一数据前后不一致",
        "同一预算数或比率在报告中前后数值不同，至少一处有误，影响报告可信度。",
    ),
    "figure-digits-swapped": FindingKind(
        _W,
        _ARITH,
        "金额疑似数字颠倒",
        "两处金额仅相邻两位数字次序不同，多为录入时数字颠倒；如为同一数据，前后不一会使核对无据可依。",
    ),
    "figure-point-moved": FindingKind(
        _W,
        _ARITH,
        "金额疑似小数点错位",
        "两处金额数字相同而小数点位置不同，相差十倍以上，多为录入时小数点错位；如为同一数据，请核实统一。",
    ),
    "table-score-over-weight": FindingKind(
        _E,
        _ARITH,
        "得分超过分值",
        "单项得分不能超过该项分值，超出说明填报错位或计分有误，总分随之失真。",
    ),
    "total-over-hundred-unexplained": FindingKind(
        _W,
        _ARITH,
        "总分超过100分未见口径",
        "自评总分超过100分而所见部分未列满分或加分项目，无从核对总分是否超出评分框架。",
    ),
    "deduction-mismatch": FindingKind(
        _E,
        _ARITH,
        "扣分与分值、得分不符",
        "扣分应等于分值减得分，不符说明得分或扣分有误，总分随之失真。",
    ),
    "decline-over-hundred": FindingKind(
        _E,
        _ARITH,
        "降幅超过100%",
        "减少的数额不会超过原数，降幅超过100%说明基数或计算有误。",
    ),
    "weighted-score-mismatch": FindingKind(
        _E,
        _ARITH,
        "折算得分与得分、权重不符",
        "折算得分应为单项指标得分乘以权重占比，不符说明计分或填报有误，总分随之失真。",
    ),
    "rate-score-mismatch": FindingKind(
        _E,
        _ARITH,
        "预算执行率得分与执行率不符",
        "预算执行率得分应为分值乘以执行率（以分值为限），不符说明计分有误。",
    ),
    "funds-weight-whole": FindingKind(
        _W,
        _ARITH,
        "资金行分值填为全表总分",
        "资金行的分值和得分应为预算执行率一项的分值（一般为10分）及其得分；填为全表100分的，"
        "得分与执行率不对应，执行率得分无从核对。",
    ),
    "arrival-score-mismatch": FindingKind(
        _E,
        _ARITH,
        "到位率得分与到位资金不符",
        "到位率为实际到位资金除以计划投资额，得分应按到位率计算；资金未全部到位却得满分，评分依据不足。",
    ),
    "rate-row-mismatch": FindingKind(
        _E,
        _ARITH,
        "指标行预算执行率与资金行不符",
        "同一张自评表中，预算执行率指标的实际完成值应与资金行的执行率一致，前后不一说明有一处填报有误。",
    ),
    "source-score-mismatch": FindingKind(
        _E,
        _ARITH,
        "资金来源行得分与总额行不符",
        "资金来源行与年度资金总额行是同一笔资金时，两处得分应一致。",
    ),
    "table-rate-mismatch": FindingKind(
        _E,
        _ARITH,
        "执行率与全年预算数、执行数不符",
        "执行率应等于全年执行数除以全年预算数，不符将影响执行率得分。",
    ),
    "derived-rate-mismatch": FindingKind(
        _E,
        _ARITH,
        "预算调整率或结转结余率与资金数不符",
        "预算调整率、结转结余率应能由表中年初预算数、全年预算数和全年执行数复算得出。",
    ),
    "score-full-on-missed": FindingKind(
        _W,
        _ARITH,
        "指标未完成却得满分",
        "实际完成值未达到年度指标值，应按完成程度扣分；得满分须说明评分依据。",
    ),
    "score-above-proportion": FindingKind(
        _W,
        _ARITH,
        "未完成指标得分高于完成比例",
        "定量指标未达到年度指标值，通常按实际完成值÷年度指标值×分值计分；得分高于此数须说明评分依据。",
    ),
    "cost-above-spending": FindingKind(
        _W,
        _ARITH,
        "成本指标实际数高于全年执行数",
        "项目成本不应超过其全年支出，二者不一致说明自评表有一处填报有误。",
    ),
    "cost-off-spending": FindingKind(
        _W,
        _ARITH,
        "项目总成本与全年执行数不一致",
        "项目总成本即项目全年支出，二者不一致说明自评表有一处填报有误。",
    ),
    "score-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "总分与各项得分之和不符",
        "自评总分应等于各项得分之和，不符说明汇总有误。",
    ),
    "weight-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "各项分值之和与总分不符",
        "资金行与各指标行的分值之和应等于总分（一般为100分），多出或不足说明分值设置有误，得分失真。",
    ),
    "funds-weight-outside-total": FindingKind(
        _W,
        _ARITH,
        "预算执行率分值未计入总分",
        "表中总分只计各指标行，预算执行率的分值和得分另列；按规定资金行（预算执行率）与各指标行"
        "的分值应合计为总分，否则不同项目的得分不可比。",
    ),
    "grade-mismatch": FindingKind(
        _E,
        _ARITH,
        "评价等级与得分不符",
        "等级应按得分区间确定：优≥90分，良≥80分，中≥60分，60分以下为差。",
    ),
}

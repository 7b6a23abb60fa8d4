"""The plain list of review checks, and running them over a report.

Every check has the signature ``check_x(doc: ReportDoc) -> list[ReviewFinding]``. A check
that raises does not stop the review: its failure becomes a ``check-failed`` finding.
Each check runs on the kinds of document it is meant for (:data:`APPLIES_TO`): the
arithmetic on every kind, the verdict and prose checks on reports, the framework's
indicators on 部门整体 reports only.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.announced_items import check_announced_items
from jixiao.review.checks.arrival_rows import check_arrival_rows
from jixiao.review.checks.attachment_totals import check_attachment_totals
from jixiao.review.checks.average_growth import check_average_growth
from jixiao.review.checks.base_shares import check_base_shares
from jixiao.review.checks.blank_weights import check_blank_weights
from jixiao.review.checks.block_rows import check_block_rows
from jixiao.review.checks.breakdown_lines import check_breakdown_lines
from jixiao.review.checks.carried_levels import check_carried_levels
from jixiao.review.checks.carried_plans import check_carried_plans
from jixiao.review.checks.cell_labels import check_cell_labels
from jixiao.review.checks.cell_paragraphs import check_cell_paragraphs
from jixiao.review.checks.cell_runs import check_cell_runs
from jixiao.review.checks.cell_shares import check_cell_shares
from jixiao.review.checks.change_lines import check_change_lines
from jixiao.review.checks.change_parts import check_change_parts
from jixiao.review.checks.change_tables import check_change_tables
from jixiao.review.checks.changes import check_changes
from jixiao.review.checks.child_rows import check_child_rows
from jixiao.review.checks.claim_changes import check_claim_changes
from jixiao.review.checks.closing_sentences import check_closing_sentences
from jixiao.review.checks.code_rows import check_code_rows
from jixiao.review.checks.column_groups import check_column_groups
from jixiao.review.checks.comparisons import check_comparisons
from jixiao.review.checks.comparisons import check_full_claims
from jixiao.review.checks.complements import check_complements
from jixiao.review.checks.consistency import check_consistency
from jixiao.review.checks.cost_rows import check_cost_rows
from jixiao.review.checks.count_changes import check_count_changes
from jixiao.review.checks.count_shares import check_count_shares
from jixiao.review.checks.counted_money import check_counted_money
from jixiao.review.checks.criteria_points import check_criteria_points
from jixiao.review.checks.criteria_rows import check_criteria_rows
from jixiao.review.checks.declines import check_declines
from jixiao.review.checks.derived_rates import check_derived_rates
from jixiao.review.checks.detail_lines import check_detail_lines
from jixiao.review.checks.detail_totals import check_detail_totals
from jixiao.review.checks.differences import check_differences
from jixiao.review.checks.distributions import check_distributions
from jixiao.review.checks.economic_classes import check_economic_classes
from jixiao.review.checks.excess import check_excess
from jixiao.review.checks.fielded_items import check_fielded_items
from jixiao.review.checks.final_totals import check_final_totals
from jixiao.review.checks.first_row_totals import check_first_row_totals
from jixiao.review.checks.formulas import check_formulas
from jixiao.review.checks.fund_balances import check_fund_balances
from jixiao.review.checks.funding_split import check_funding_split
from jixiao.review.checks.glued_blocks import check_glued_blocks
from jixiao.review.checks.glued_framework import check_glued_framework
from jixiao.review.checks.glued_pairs import check_glued_pairs
from jixiao.review.checks.grade_counts import check_grade_counts
from jixiao.review.checks.graded_amounts import check_graded_amounts
from jixiao.review.checks.group_heads import check_group_heads
from jixiao.review.checks.group_totals import check_group_totals
from jixiao.review.checks.group_weights import check_group_weights
from jixiao.review.checks.header_rates import check_header_rates
from jixiao.review.checks.heading_scores import check_heading_scores
from jixiao.review.checks.implied_bases import check_implied_bases
from jixiao.review.checks.index_weights import check_index_weights
from jixiao.review.checks.indicator_rates import check_indicator_rates
from jixiao.review.checks.inline_items import check_inline_counts
from jixiao.review.checks.item_changes import check_item_changes
from jixiao.review.checks.kind_counts import check_kind_counts
from jixiao.review.checks.label_tree import check_label_tree
from jixiao.review.checks.layout import check_block_weights
from jixiao.review.checks.layout import check_declared_total
from jixiao.review.checks.layout import check_layout_weights
from jixiao.review.checks.lead_totals import check_lead_totals
from jixiao.review.checks.letter_formulas import check_letter_formulas
from jixiao.review.checks.letter_rates import check_letter_rates
from jixiao.review.checks.level_counts import check_level_counts
from jixiao.review.checks.listed_changes import check_listed_changes
from jixiao.review.checks.listed_rates import check_listed_rates
from jixiao.review.checks.listed_shares import check_listed_shares
from jixiao.review.checks.listed_wholes import check_listed_wholes
from jixiao.review.checks.lists import check_list_counts
from jixiao.review.checks.lone_part import check_lone_part
from jixiao.review.checks.marked_formulas import check_marked_formulas
from jixiao.review.checks.moved_points import check_moved_points
from jixiao.review.checks.named_budgets import check_named_budgets
from jixiao.review.checks.named_changes import check_named_changes
from jixiao.review.checks.named_gaps import check_named_gaps
from jixiao.review.checks.named_levels import check_named_levels
from jixiao.review.checks.named_ratios import check_named_ratios
from jixiao.review.checks.nature_blocks import check_nature_blocks
from jixiao.review.checks.net_income import check_net_income
from jixiao.review.checks.net_values import check_net_values
from jixiao.review.checks.no_prior import check_no_prior
from jixiao.review.checks.noun_rates import check_noun_rates
from jixiao.review.checks.numbered_cells import check_numbered_cells
from jixiao.review.checks.numbered_parts import check_numbered_parts
from jixiao.review.checks.numbered_rows import check_numbered_rows
from jixiao.review.checks.numbering import check_numbering
from jixiao.review.checks.opening_comparisons import check_opening_comparisons
from jixiao.review.checks.outline import check_empty_headings
from jixiao.review.checks.outline import check_grade
from jixiao.review.checks.outline import check_indicators
from jixiao.review.checks.outline import check_missed_targets
from jixiao.review.checks.outline import check_sections
from jixiao.review.checks.overspent import check_overspent
from jixiao.review.checks.pace_gaps import check_pace_gaps
from jixiao.review.checks.paid_above import check_paid_above
from jixiao.review.checks.pair_blocks import check_pair_blocks
from jixiao.review.checks.pair_lines import check_pair_lines
from jixiao.review.checks.paragraph_rows import check_paragraph_rows
from jixiao.review.checks.part_above import check_part_above
from jixiao.review.checks.place_totals import check_place_totals
from jixiao.review.checks.plan_rates import check_plan_rates
from jixiao.review.checks.point_changes import check_point_changes
from jixiao.review.checks.prior_bases import check_prior_bases
from jixiao.review.checks.product_rows import check_product_rows
from jixiao.review.checks.products import check_products
from jixiao.review.checks.rate_columns import check_rate_columns
from jixiao.review.checks.rate_rows import check_rate_rows
from jixiao.review.checks.rate_tails import check_rate_tails
from jixiao.review.checks.rates import check_rates
from jixiao.review.checks.reduced_counts import check_reduced_counts
from jixiao.review.checks.remainders import check_remainders
from jixiao.review.checks.respective_changes import check_respective_changes
from jixiao.review.checks.rolls import check_rolls
from jixiao.review.checks.row_formulas import check_row_formulas
from jixiao.review.checks.row_restated import check_row_restated
from jixiao.review.checks.row_told import check_row_told
from jixiao.review.checks.run_labels import check_run_labels
from jixiao.review.checks.run_rows import check_run_rows
from jixiao.review.checks.running_accounts import check_running_accounts
from jixiao.review.checks.sangong_budget_changes import check_sangong_budget_changes
from jixiao.review.checks.sangong_changes import check_sangong_changes
from jixiao.review.checks.sangong_columns import check_sangong_columns
from jixiao.review.checks.sangong_table import check_sangong_table
from jixiao.review.checks.scattered_funds import check_scattered_funds
from jixiao.review.checks.score_only import check_score_only
from jixiao.review.checks.score_reach import check_score_reach
from jixiao.review.checks.score_rows import check_score_rows
from jixiao.review.checks.scored_lines import check_scored_lines
from jixiao.review.checks.share_amounts import check_share_amounts
from jixiao.review.checks.share_bases import check_named_bases
from jixiao.review.checks.share_bases import check_share_bases
from jixiao.review.checks.share_bases import check_worded_bases
from jixiao.review.checks.share_lists import check_share_lists
from jixiao.review.checks.source_pairs import check_source_pairs
from jixiao.review.checks.spread_rows import check_spread_rows
from jixiao.review.checks.stacked_pairs import check_stacked_pairs
from jixiao.review.checks.subtotal_lines import check_subtotal_lines
from jixiao.review.checks.sums import check_sums
from jixiao.review.checks.survey_rates import check_survey_rates
from jixiao.review.checks.swapped_digits import check_swapped_digits
from jixiao.review.checks.tables import check_tables
from jixiao.review.checks.target_funds import check_target_funds
from jixiao.review.checks.task_shares import check_task_shares
from jixiao.review.checks.told_weights import check_told_weights
from jixiao.review.checks.total_rows import check_total_rows
from jixiao.review.checks.verdicts import check_full_rates
from jixiao.review.checks.verdicts import check_indicator_terms
from jixiao.review.checks.verdicts import check_satisfaction
from jixiao.review.checks.verdicts import check_verdict_figures
from jixiao.review.checks.verdicts import check_verdict_targets
from jixiao.review.checks.verdicts import check_zero_base
from jixiao.review.checks.weighted_scores import check_weighted_scores
from jixiao.review.checks.worded_formulas import check_worded_formulas
from jixiao.review.checks.wording import check_boilerplate
from jixiao.review.checks.wording import check_off_topic
from jixiao.review.checks.wording import check_unit_names
from jixiao.review.checks.year_changes import check_year_changes
from jixiao.review.checks.year_lists import check_year_lists
from jixiao.review.checks.years import check_years
from jixiao.review.checks.yield_income import check_yield_income
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.kind import REPORTS
from jixiao.review.text.kind import DocKind
from jixiao.review.told_once import settled

Check = Callable[[ReportDoc], list[ReviewFinding]]

CHECKS: tuple[Check, ...] = (
    check_sums,
    check_share_bases,
    check_named_bases,
    check_worded_bases,
    check_named_ratios,
    check_plan_rates,
    check_indicator_rates,
    check_base_shares,
    check_listed_wholes,
    check_child_rows,
    check_announced_items,
    check_target_funds,
    check_implied_bases,
    check_distributions,
    check_list_counts,
    check_economic_classes,
    check_task_shares,
    check_noun_rates,
    check_row_restated,
    check_tables,
    check_cost_rows,
    check_row_told,
    check_overspent,
    check_paid_above,
    check_score_reach,
    check_rate_rows,
    check_derived_rates,
    check_rate_tails,
    check_letter_rates,
    check_numbered_parts,
    check_weighted_scores,
    check_arrival_rows,
    check_layout_weights,
    check_block_weights,
    check_glued_blocks,
    check_block_rows,
    check_group_weights,
    check_stacked_pairs,
    check_paragraph_rows,
    check_marked_formulas,
    check_worded_formulas,
    check_letter_formulas,
    check_spread_rows,
    check_average_growth,
    check_point_changes,
    check_pair_lines,
    check_named_gaps,
    check_criteria_points,
    check_index_weights,
    check_part_above,
    check_blank_weights,
    check_label_tree,
    check_run_labels,
    check_cell_labels,
    check_glued_pairs,
    check_glued_framework,
    check_criteria_rows,
    check_declared_total,
    check_heading_scores,
    check_scored_lines,
    check_changes,
    check_declines,
    check_respective_changes,
    check_named_budgets,
    check_header_rates,
    check_change_lines,
    check_named_levels,
    check_final_totals,
    check_formulas,
    check_products,
    check_net_income,
    check_reduced_counts,
    check_yield_income,
    check_share_amounts,
    check_product_rows,
    check_rolls,
    check_score_only,
    check_listed_shares,
    check_count_shares,
    check_share_lists,
    check_closing_sentences,
    check_carried_levels,
    check_carried_plans,
    check_prior_bases,
    check_named_changes,
    check_year_lists,
    check_change_parts,
    check_claim_changes,
    check_consistency,
    check_swapped_digits,
    check_moved_points,
    check_funding_split,
    check_told_weights,
    check_rates,
    check_survey_rates,
    check_rate_columns,
    check_run_rows,
    check_complements,
    check_differences,
    check_opening_comparisons,
    check_year_changes,
    check_remainders,
    check_running_accounts,
    check_net_values,
    check_fund_balances,
    check_total_rows,
    check_code_rows,
    check_sangong_table,
    check_sangong_budget_changes,
    check_sangong_columns,
    check_sangong_changes,
    check_fielded_items,
    check_first_row_totals,
    check_numbered_cells,
    check_column_groups,
    check_lead_totals,
    check_score_rows,
    check_inline_counts,
    check_scattered_funds,
    check_change_tables,
    check_subtotal_lines,
    check_cell_runs,
    check_listed_changes,
    check_no_prior,
    check_graded_amounts,
    check_count_changes,
    check_kind_counts,
    check_place_totals,
    check_lone_part,
    check_numbering,
    check_cell_paragraphs,
    check_cell_shares,
    check_breakdown_lines,
    check_row_formulas,
    check_attachment_totals,
    check_group_heads,
    check_pair_blocks,
    check_detail_totals,
    check_detail_lines,
    check_pace_gaps,
    check_numbered_rows,
    check_nature_blocks,
    check_grade_counts,
    check_counted_money,
    check_group_totals,
    check_listed_rates,
    check_source_pairs,
    check_excess,
    check_level_counts,
    check_item_changes,
    check_comparisons,
    check_full_claims,
    check_verdict_targets,
    check_verdict_figures,
    check_full_rates,
    check_satisfaction,
    check_zero_base,
    check_indicator_terms,
    check_sections,
    check_empty_headings,
    check_indicators,
    check_missed_targets,
    check_grade,
    check_boilerplate,
    check_off_topic,
    check_years,
    check_unit_names,
)


_PROSE = REPORTS | {DocKind.OTHER}
#: The kinds of document each check is meant for; a check not listed runs on every kind.
APPLIES_TO: dict[Check, frozenset[DocKind]] = {
    check_verdict_targets: REPORTS,
    check_verdict_figures: REPORTS,
    check_full_rates: REPORTS,
    check_satisfaction: REPORTS,
    check_indicator_terms: frozenset({DocKind.BUMEN_REPORT}),
    check_sections: frozenset({DocKind.BUMEN_REPORT}),
    check_empty_headings: _PROSE,
    check_indicators: frozenset({DocKind.BUMEN_REPORT}),
    check_missed_targets: REPORTS,
    check_boilerplate: REPORTS,
    check_off_topic: frozenset({DocKind.BUMEN_REPORT}),
    check_years: REPORTS,
    check_complements: _PROSE | {DocKind.FINAL_ACCOUNTS},
}


def applies(check: Check, doc: ReportDoc) -> bool:
    """True when ``check`` is meant for the kind of document ``doc`` is."""
    kinds = APPLIES_TO.get(check)
    return kinds is None or doc.identity.kind in kinds


def run_checks(doc: ReportDoc, checks: Sequence[Check] = CHECKS) -> list[ReviewFinding]:
    """All findings on ``doc``, most severe first, then in reading order."""
    findings: list[list[ReviewFinding]] = []
    for check in checks:
        if not applies(check, doc):
            continue
        try:
            findings.append(check(doc))
        except Exception as error:
            if doc.paragraphs:
                message = f"检查“{check.__name__}”未能完成（{type(error).__name__}），请人工复核。"
                findings.append([make_finding("check-failed", doc.paragraphs[0], message)])
    return settled(findings, {p.index: p.text for p in doc.paragraphs})

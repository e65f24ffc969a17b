import type { SiteRuleView } from '../../messaging/protocol';

/** Which site rule this capture follows (set in the settings); removing it gives this capture the defaults. */
export function SiteRuleChip({ rule, onRemove }: { rule: SiteRuleView; onRemove: () => void }) {
  return (
    <ul class="chips" aria-label="Site rule" data-testid="site-rule">
      <li class="chip chip--rule">
        Rule: {rule.pattern}
        <button type="button" class="chip__remove" aria-label={`Remove rule ${rule.pattern}`} onClick={onRemove}>
          ×
        </button>
      </li>
    </ul>
  );
}

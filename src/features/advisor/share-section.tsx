import { t } from '../../i18n'
import { Button } from '../../ui/button'
import { CopyButton } from '../../ui/copy-button'
import type { AnswerContext } from './answer-context'
import { replyMessage } from './reply-message'
import './messages'

/** 复制链接, 复制答复 and 打印: what support staff do with the answer. */
export function ShareSection({ context }: { context: AnswerContext }) {
  const common = { failed: t('advisor.answer.copyFailed'), manualLabel: t('advisor.answer.copyManual') }
  return (
    <section className="advice__section advice__share" aria-labelledby="advice-share-heading">
      <h3 id="advice-share-heading" className="visually-hidden">
        {t('advisor.answer.sections.share')}
      </h3>
      <div className="advice__share-buttons">
        <CopyButton
          {...common}
          id="copy-reply"
          label={t('advisor.answer.copyReply')}
          copied={t('advisor.answer.copyReplyDone')}
          text={() => replyMessage(context, window.location.href)}
        />
        <CopyButton
          {...common}
          id="copy-link"
          variant="secondary"
          label={t('advisor.answer.copyLink')}
          copied={t('advisor.answer.copyLinkDone')}
          text={() => window.location.href}
        />
        <Button variant="secondary" onClick={() => window.print()}>
          {t('advisor.answer.print')}
        </Button>
      </div>
    </section>
  )
}

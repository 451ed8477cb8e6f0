import type { ButtonHTMLAttributes } from 'react'
import { Link, type LinkProps } from 'react-router'
import './ui.css'

type Variant = 'primary' | 'secondary'

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }

/** A button with a large tap target. Defaults to type="button" so it never submits a form by accident. */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  return <button type={type} className={classes(variant, className)} {...rest} />
}

type ButtonLinkProps = LinkProps & { variant?: Variant }

/** A link that starts something (a wizard, a check): looks like a button, behaves like a link. */
export function ButtonLink({ variant = 'primary', className, ...rest }: ButtonLinkProps) {
  return <Link className={classes(variant, className)} {...rest} />
}

function classes(variant: Variant, extra: string | undefined): string {
  return ['button', `button--${variant}`, extra].filter(Boolean).join(' ')
}

import { maskIdCard, maskMobile, type AdminHashes, type FlowState } from '../../domain'

/**
 * Once the admin step is done, the ID card and mobile numbers are kept only masked, with their keyed hashes
 * for quota counting. Called before the state is saved, so the full numbers never reach storage.
 */
export function protectAdmin(flow: FlowState, hashes: AdminHashes): FlowState {
  const admin = flow.answers.admin
  if (!admin) return flow
  return {
    ...flow,
    answers: {
      ...flow.answers,
      admin: {
        name: admin.name,
        idCardNumber: maskIdCard(admin.idCardNumber),
        mobile: maskMobile(admin.mobile),
        idCardHash: hashes.idCard,
        mobileHash: hashes.mobile,
      },
    },
  }
}

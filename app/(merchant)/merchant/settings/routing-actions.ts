"use server";
// Back office: the order of providers for payments and for card linking (lib/routing). A plain
// form post (up/down buttons work without script); the page shows the saved route.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { availableProviderIds } from "@/lib/providers/registry";
import { routeFromForm, RoutingFormSchema, saveRoute } from "@/lib/routing/settings";

export async function saveRoutingAction(formData: FormData): Promise<void> {
  const user = await requireStaff();
  const parsed = RoutingFormSchema.safeParse({
    route: formData.get("route"),
    order: formData.getAll("order"),
    use: formData.getAll("use"),
    move: formData.get("move") ?? undefined,
  });
  if (!parsed.success) redirect("/merchant/settings?routing=invalid");
  const kind = parsed.data.route;
  const result = routeFromForm(parsed.data, availableProviderIds());
  if ("error" in result) redirect(`/merchant/settings?routing=${result.error}&route=${kind}#routing-${kind}`);
  await saveRoute(await db(), user.merchantId, kind, result.route);
  revalidatePath("/merchant/settings");
  redirect(`/merchant/settings?routing=saved&route=${kind}#routing-${kind}`);
}

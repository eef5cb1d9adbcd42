/**
 * The CMS in Dutch, every button of it. Sveltia CMS picks its language from the browser's and
 * ships a Dutch translation (`@sveltia/cms/locales/nl.json`), but that file lags behind the
 * English one: "Show Errors" on the error pop-up, "Replace Image", "New Folder" and some sixty
 * more came out in English. Sveltia has no API to add strings (`CMS.registerLocale` is not
 * supported), so this Vite plugin adds the missing ones to the Dutch file when the CMS is bundled,
 * in `astro build` and in `astro dev`. Sveltia's own translations win where they exist, so an
 * update that translates a string takes over.
 *
 * `tests/unit/cms-locale.test.ts` fails when the Dutch file, with these added, lacks a string of
 * the English one that an editor can meet (the configuration errors, `config.*`, are for the
 * developer and stay English).
 */
import type { Plugin } from 'vite';

/** Dutch for the strings Sveltia's nl.json lacks (keys as in its en-US.json, nested with dots). */
export const MISSING_DUTCH: Record<string, string> = {
  select_item: '{$name} selecteren',
  folders: 'Mappen',
  more_folders: 'Meer mappen',
  sign_in_using_access_token_workflow_note:
    'Omdat de redactionele workflow aan staat, moet het ook lees- en schrijftoegang hebben tot pull requests.',
  sign_in_with_link: 'Inloggen met een link',
  sign_in_with_link_confirmation:
    'Met deze link log je in als {$account} bij {$service}, en worden de instellingen overgenomen van het apparaat waarop de link is gemaakt. Ga alleen door als je de link zelf hebt gemaakt.',
  domain: 'Domein',
  file_unavailable: 'Niet beschikbaar',
  file_unavailable_description:
    'Dit bestand kon niet worden geladen. Misschien is het verplaatst of verwijderd.',
  back_to_parent_folder: 'Terug naar de bovenliggende map',
  new_folder: 'Nieuwe map',
  new_folder_name: 'Naam van de map',
  new_folder_create: 'Aanmaken',
  new_folder_description: 'De nieuwe map komt in “{$folder}”.',
  'new_folder_error.empty': 'De naam van de map mag niet leeg zijn.',
  'new_folder_error.invalid':
    'De naam van de map mag geen schuine streep bevatten en niet met een punt beginnen.',
  'new_folder_error.duplicate': 'Er is hier al een map of bestand met deze naam.',
  creating_folder: 'Map wordt aangemaakt…',
  creating_folder_failed: 'De map kon niet worden aangemaakt.',
  folder_options: 'Mapopties',
  show_folder_options: 'Mapopties tonen',
  rename_folder: 'Map hernoemen',
  delete_folder: 'Map verwijderen',
  enter_new_name_for_folder:
    '.input {$count :integer} .match $count 0 {{Voer hieronder een nieuwe naam in.}} one {{Voer hieronder een nieuwe naam in. Het mediabestand in de map gaat mee, en een item dat het gebruikt, wordt bijgewerkt.}} * {{Voer hieronder een nieuwe naam in. De {$count} mediabestanden in de map gaan mee, en items die ze gebruiken, worden bijgewerkt.}}',
  enter_new_name_for_external_folder:
    '.input {$count :integer} .match $count 0 {{Voer hieronder een nieuwe naam in.}} one {{Voer hieronder een nieuwe naam in. Het bestand in de map gaat mee en krijgt een ander adres; pas items die het gebruiken aan.}} * {{Voer hieronder een nieuwe naam in. De {$count} bestanden in de map gaan mee en krijgen een ander adres; pas items die ze gebruiken aan.}}',
  confirm_deleting_folder:
    '.input {$count :integer} .match $count 0 {{Weet je zeker dat je de lege map “{$name}” wilt verwijderen?}} one {{Weet je zeker dat je de map “{$name}” en het mediabestand erin wilt verwijderen?}} * {{Weet je zeker dat je de map “{$name}” en de {$count} mediabestanden erin wilt verwijderen?}}',
  renaming_folder: 'Map wordt hernoemd…',
  renaming_folder_failed: 'De map kon niet worden hernoemd.',
  deleting_folder: 'Map wordt verwijderd…',
  deleting_folder_failed: 'De map kon niet worden verwijderd.',
  replace_file: 'Bestand vervangen',
  replace_image: 'Afbeelding vervangen',
  remove_file: 'Bestand verwijderen',
  remove_image: 'Afbeelding verwijderen',
  deleting_referenced_assets_note:
    '.input {$count :integer} .match $count one {{De verwijzing ernaar in een item wordt ook verwijderd.}} * {{De verwijzingen ernaar in {$count} items worden ook verwijderd.}}',
  cannot_delete_referenced_assets:
    '.input {$count :integer} .match $count one {{Dit mediabestand kan niet worden verwijderd: de volgende velden in de items die het gebruiken, zijn zonder niet meer geldig. Pas die items eerst aan.}} * {{Deze mediabestanden kunnen niet worden verwijderd: de volgende velden in de items die ze gebruiken, zijn zonder niet meer geldig. Pas die items eerst aan.}}',
  deleting_referenced_entries_note:
    '.input {$count :integer} .match $count one {{De verwijzing ernaar in een ander item wordt ook verwijderd.}} * {{De verwijzingen ernaar in {$count} andere items worden ook verwijderd.}}',
  cannot_delete_referenced_entries:
    '.input {$count :integer} .match $count one {{Dit item kan niet worden verwijderd: de volgende velden in andere items zijn zonder niet meer geldig. Pas die items eerst aan.}} * {{Deze items kunnen niet worden verwijderd: de volgende velden in andere items zijn zonder niet meer geldig. Pas die items eerst aan.}}',
  show_errors: 'Fouten tonen',
  folder_created: 'Map aangemaakt.',
  folder_path: 'Pad van de map',
  folder_contents: 'Inhoud',
  x_folders:
    '.input {$count :integer} .match $count 0 {{Geen mappen}} one {{{$count} map}} * {{{$count} mappen}}',
  folder_renamed: 'Map hernoemd.',
  folder_deleted: 'Map verwijderd.',
  'entry_sidebar.slug.title': 'Slug',
  'entry_sidebar.slug.generated_on_save':
    'De slug (de naam van het bestand en het laatste deel van het webadres) wordt bij het opslaan gemaakt uit de titel.',
  'entry_sidebar.slug.unavailable': 'Dit item heeft geen slug.',
  'save_conflict.title': 'Iemand anders heeft dit item gewijzigd',
  'save_conflict.modified_by': '{$name} heeft dit item op {$date} gewijzigd, nadat jij het opende.',
  'save_conflict.modified': 'Dit item is in de repository gewijzigd nadat jij het opende.',
  'save_conflict.deleted': 'Dit item is uit de repository verwijderd nadat jij het opende.',
  'save_conflict.overwrite_warning': 'Als je nu opslaat, gaan hun wijzigingen verloren.',
  'save_conflict.recreate_warning': 'Als je nu opslaat, wordt het item opnieuw aangemaakt.',
  'save_conflict.save_anyway': 'Toch opslaan',
  'save_conflict.branch_moved':
    'De repository is tijdens het opslaan door iemand anders bijgewerkt. Probeer het opnieuw.',
  'remote_change.reload_entry': 'Item opnieuw laden',
  'remote_change.confirm_reloading_entry':
    'Weet je zeker dat je het item opnieuw wilt laden? Je niet-opgeslagen wijzigingen gaan verloren.',
  list_item_options: 'Opties voor het lijstitem',
  'relation_field.save_together_hint': 'De nieuwe {$name} wordt samen met het item opgeslagen.',
  'relation_field.add_failed': '{$name} kon niet worden toegevoegd. Bekijk de browserconsole voor details.',
  'assets_dialog.title.folder': 'Map selecteren',
  'assets_dialog.selected_folder': 'Geselecteerde map: {$path}',
  'assets_dialog.selected_folders':
    '.input {$count :integer} .match $count one {{{$count} map geselecteerd}} * {{{$count} mappen geselecteerd}}',
  'assets_dialog.no_subfolders': 'Deze map heeft geen submappen.',
  'cloud_storage.bunny_storage.auth_key_label': 'Wachtwoord van de opslagzone',
  'status.deploying': 'Bezig met publiceren',
  'workflow.deploying_deletion': 'Verwijdering',
};

/** A flat key (`new_folder_error.empty`) set in nested strings, unless Sveltia has it already. */
function addMissing(strings: Record<string, unknown>, key: string, value: string): void {
  const parts = key.split('.');
  let node = strings;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === undefined) node[part] = {};
    else if (typeof next !== 'object' || next === null) return;
    node = node[part] as Record<string, unknown>;
  }
  const last = parts.at(-1) ?? key;
  if (node[last] === undefined) node[last] = value;
}

/** The Dutch strings with the missing ones added. */
export function withMissingDutch(json: string): string {
  const strings = JSON.parse(json) as Record<string, unknown>;
  for (const [key, value] of Object.entries(MISSING_DUTCH)) addMissing(strings, key, value);
  return JSON.stringify(strings);
}

const isDutchStrings = (id: string) =>
  /[\\/]node_modules[\\/]@sveltia[\\/]cms[\\/]locales[\\/]nl\.json$/.test(id);

export function cmsDutch(): Plugin {
  return {
    name: 'talent-cms-dutch',
    enforce: 'pre',
    transform(source, id) {
      if (!isDutchStrings(id.split('?')[0] ?? id)) return null;
      return { code: withMissingDutch(source), map: null };
    },
  };
}

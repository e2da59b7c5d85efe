import type { GlobalConfig } from 'payload'

import { admins } from '../access/admins'
import { anyone } from '../access/anyone'
import { revalidateSite } from '../hooks/revalidateSite'
import { transitRealtimeField } from '../fields/transitRealtime'
import { DEFAULT_AUDIT_RETENTION_DAYS } from '@/lib/audit/retention'
import { isAllowedHost } from '@/lib/eoffice/startOnline'
import { OPEN_DATA_LICENCES } from '@/lib/opendata/licences'
import { isTimeZone } from '@/lib/time/zone'

/** City-wide settings. Only admins change them: the e-office allowlist guards citizens' links. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  access: { read: anyone, update: admins, readVersions: admins },
  versions: { max: 20 },
  fields: [
    { name: 'cityName', type: 'text', required: true, localized: true, defaultValue: 'Plaza City' },
    { name: 'tagline', type: 'text', localized: true },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      defaultValue: 'Europe/Madrid',
      validate: (value: unknown) =>
        typeof value === 'string' && isTimeZone(value)
          ? true
          : 'Use an IANA time zone such as Europe/Madrid.',
    },
    {
      name: 'auditLogRetentionDays',
      label: 'Keep the audit log for (days)',
      type: 'number',
      required: true,
      min: 1,
      max: 3650,
      defaultValue: DEFAULT_AUDIT_RETENTION_DAYS,
      admin: {
        description:
          'Audit log entries (System → Audit log) older than this are deleted every hour.',
      },
    },
    {
      name: 'eOffice',
      label: 'Electronic office',
      type: 'group',
      fields: [
        {
          name: 'baseUrl',
          type: 'text',
          required: true,
          defaultValue: 'https://eoffice.plaza.example',
          validate: (
            value: unknown,
            { siblingData }: { siblingData: { allowedHosts?: { host?: string }[] } },
          ) => {
            if (typeof value !== 'string' || !value) return 'The e-office base URL is required.'
            let url: URL
            try {
              url = new URL(value)
            } catch {
              return 'The e-office base URL must be a full URL such as https://eoffice.example.org.'
            }
            const hosts = (siblingData?.allowedHosts ?? []).map((h) => h.host ?? '')
            return isAllowedHost(url.hostname, hosts)
              ? true
              : `Add "${url.hostname}" to the allowed hosts before using it as the base URL.`
          },
        },
        {
          name: 'allowedHosts',
          type: 'array',
          minRows: 1,
          admin: { description: 'Hosts that "Start online" links may point to.' },
          fields: [
            {
              name: 'host',
              type: 'text',
              required: true,
              validate: (value: unknown) =>
                typeof value === 'string' && /^(?=.{1,253}$)([a-z0-9-]+\.)*[a-z0-9-]+$/i.test(value)
                  ? true
                  : 'Enter a host name only, such as eoffice.example.org.',
            },
          ],
        },
        {
          name: 'noticeRetentionDays',
          label: 'Keep e-office notices for (days)',
          type: 'number',
          required: true,
          min: 1,
          max: 3650,
          defaultValue: 90,
          admin: {
            description:
              "Notices of e-office messages in a citizen's inbox are deleted after this many days.",
          },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'phone', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'address', type: 'text', localized: true },
      ],
    },
    {
      name: 'map',
      type: 'group',
      admin: {
        description:
          'Map tiles for the near-me and service maps. Empty: markers on a plain background and nothing is loaded from another host.',
      },
      fields: [
        {
          name: 'tileUrl',
          label: 'Tile URL template',
          type: 'text',
          admin: { description: 'e.g. https://tiles.example.org/{z}/{x}/{y}.png' },
        },
        { name: 'attribution', type: 'text', maxLength: 300 },
        { name: 'maxZoom', type: 'number', min: 1, max: 22, defaultValue: 19 },
      ],
    },
    {
      name: 'openData',
      label: 'Open data',
      type: 'group',
      admin: {
        description:
          'The licence shown on the Open data page for the services, departments and topics published at /api/open-data/.',
      },
      fields: [
        {
          name: 'licence',
          type: 'select',
          defaultValue: 'CC-BY-4.0',
          options: Object.entries(OPEN_DATA_LICENCES).map(([value, { name }]) => ({
            label: name,
            value,
          })),
        },
      ],
    },
    {
      name: 'app',
      label: 'City app (installable web app)',
      type: 'group',
      admin: {
        description:
          "How the portal looks once installed on a phone. Empty fields fall back to the city name and Plaza's bundled icons.",
      },
      fields: [
        { name: 'name', type: 'text', localized: true, maxLength: 45 },
        {
          name: 'shortName',
          type: 'text',
          localized: true,
          maxLength: 12,
          admin: { description: 'Shown under the home-screen icon (12 characters at most).' },
        },
        { name: 'description', type: 'textarea', localized: true, maxLength: 300 },
        {
          name: 'themeColor',
          type: 'text',
          defaultValue: '#0b5394',
          validate: (value: unknown) =>
            value == null ||
            value === '' ||
            (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value))
              ? true
              : 'Use a colour such as #0b5394.',
        },
        {
          name: 'backgroundColor',
          type: 'text',
          defaultValue: '#ffffff',
          validate: (value: unknown) =>
            value == null ||
            value === '' ||
            (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value))
              ? true
              : 'Use a colour such as #ffffff.',
        },
        {
          name: 'icon',
          type: 'upload',
          relationTo: 'media',
          admin: {
            description:
              'A square PNG of at least 512 × 512 pixels; the 192, 512 and maskable icons are made from it.',
          },
        },
      ],
    },
    transitRealtimeField,
  ],
  hooks: { afterChange: [revalidateSite] },
}

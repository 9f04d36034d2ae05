import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import {
  ClusterGovernanceError,
  decideClusterChange,
  getClusterChangesScreen,
  getClusterGovernanceScreen,
  getClusterListScreen,
  publishCluster,
  requestClusterChange,
  setClusterLifecycle,
  signOffProduction,
  type ClusterChangesScreen,
} from '../../../../../domains/clusters/index.js';
import { hasRole, isPlatformAdmin, type Actor } from '../../../../../platform/auth/index.js';
import { isStitchError } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../../platform/i18n/index.js';
import { csrfToken } from '../../../../http/access.js';
import { local } from '../../../views/text.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { ClusterDiffPage, type ChangeNames } from './DiffPage.js';
import { ClusterGovernancePage, type GovernanceNames, type PageProblem } from './Page.js';
import { ClusterListPage } from './ListPage.js';
import {
  CHANGES_SEGMENT,
  CLUSTER_ACTIONS,
  CLUSTERS_SEGMENT,
  DRAFT_SEGMENT,
  clusterDiffPath,
  clusterListPath,
  clusterManagePath,
  type ClusterAction,
} from './paths.js';
import { formFields } from '../../../form.js';
import { GOVERNANCE_ERROR_TEXT } from '../../../../labels.js';
import { ClusterParams, ClusterQuery, DecideForm, SignOffForm, changeParams, type Done } from './schema.js';

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
const mayOpen = (actor: Actor) =>
  isPlatformAdmin(actor) || hasRole(actor, 'cluster_manager') || hasRole(actor, 'partner_admin');

/** People's names from the ids kept in records; system tasks are named as such. */
function personNames(people: { id: string; name: string }[], lang: Lang) {
  const names = new Map(people.map((person) => [person.id, person.name]));
  return (id: string | null) => {
    if (!id) return '—';
    if (id.startsWith('system:')) return t(lang, 'governance.history.system', { what: id.slice(7) });
    return names.get(id) ?? id;
  };
}

/**
 * The clusters section of the back office: the person's clusters, each cluster's governance (version
 * history, the change request and its approvals, production sign-off and the production gate) and the
 * readable diff between versions. Every action is a plain form (POST, then 303 to the cluster page with a
 * success banner); a refusal by governance shows the cluster page again with an error summary.
 */
export async function clusterPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'clusters',
    segment: CLUSTERS_SEGMENT,
    label: { en: t('en', 'governance.section'), fr: t('fr', 'governance.section') },
    visibleTo: mayOpen,
  });

  async function showCluster(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    key: string,
    options: {
      status?: number;
      problems?: PageProblem[];
      comment?: { organization_id: string; value: string };
    } = {},
  ) {
    const actor = requireStaff(request);
    const { governance, organizations, people, warnings } = await getClusterGovernanceScreen(db, actor, {
      key,
      today: new Date(),
    });
    const found = new Map(organizations.map((o) => [o.id, local(o.name, lang)]));
    const organization = (id: string | null) => (id ? (found.get(id) ?? id) : '—');
    const person = personNames(people, lang);
    const names: GovernanceNames = {
      organization,
      person,
      partnership: governance.partnership ? local(governance.partnership.name, lang) : undefined,
    };
    return sendManagePage(
      request,
      reply,
      {
        lang,
        // The title is what a screen reader announces first: it says at once that something went wrong.
        title: `${options.problems?.length ? `${t(lang, 'governance.errorPrefix')} ` : ''}${local(governance.cluster.title, lang)}`,
        alternatePath: clusterManagePath(other(lang), key),
        current: 'clusters',
        status: options.status,
      },
      h(ClusterGovernancePage, {
        lang,
        token: csrfToken(request),
        governance,
        names,
        done: ClusterQuery.parse(request.query ?? {}).done,
        problems: options.problems,
        comment: options.comment,
        warnings,
      }),
    );
  }

  /** Runs a command; a refusal by governance or a bad field shows the cluster page with the problem. */
  async function act(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    key: string,
    done: Done | ((result: unknown) => Done),
    command: () => Promise<unknown>,
    onInvalid?: () => { problems: PageProblem[]; comment?: { organization_id: string; value: string } },
  ) {
    let result: unknown;
    try {
      result = await command();
    } catch (error) {
      if (error instanceof ClusterGovernanceError) {
        return showCluster(request, reply, lang, key, {
          status: 409,
          problems: [{ message: t(lang, GOVERNANCE_ERROR_TEXT[error.reason]) }],
        });
      }
      if (isStitchError(error) && error.code === 'VALIDATION_FAILED') {
        const invalid = onInvalid?.() ?? { problems: [{ message: t(lang, 'governance.errors.invalid') }] };
        return showCluster(request, reply, lang, key, { status: 400, ...invalid });
      }
      throw error;
    }
    const word = typeof done === 'function' ? done(result) : done;
    return reply.redirect(`${clusterManagePath(lang, key)}?done=${word}`, 303);
  }

  for (const lang of LANGUAGES) {
    app.get(clusterListPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const screen = await getClusterListScreen(db, actor, { today: new Date() });
      const partnerships = new Map(screen.partnerships.map((p) => [p.key, local(p.name, lang)]));
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'governance.list.title'),
          alternatePath: clusterListPath(other(lang)),
          current: 'clusters',
        },
        h(ClusterListPage, { lang, work: screen, partnerships }),
      );
    });

    const base = `${clusterListPath(lang)}/:key`;
    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      requireStaff(request);
      const params = ClusterParams.safeParse(request.params);
      if (!params.success) return reply.callNotFound();
      return showCluster(request, reply, lang, params.data.key);
    });

    const ChangeParams = changeParams(DRAFT_SEGMENT[lang]);
    app.get(
      `${base}/${CHANGES_SEGMENT[lang]}/:from/:to`,
      { schema: { hide: true } },
      async (request, reply) => {
        const actor = requireStaff(request);
        const params = ChangeParams.safeParse(request.params);
        if (!params.success) return reply.callNotFound();
        const { key, from, to } = params.data;
        const screen = await getClusterChangesScreen(db, actor, { key, from, to });
        const title = local(screen.cluster.title, lang);
        return sendManagePage(
          request,
          reply,
          {
            lang,
            title: t(lang, 'governance.diff.title', { cluster: title }),
            alternatePath: clusterDiffPath(other(lang), key, from, to),
            current: 'clusters',
          },
          h(ClusterDiffPage, {
            lang,
            title,
            from,
            to,
            changes: screen.changes,
            names: changeNames(screen, lang),
            backHref: clusterManagePath(lang, key),
          }),
        );
      },
    );

    /** An action on a cluster: signed-in staff only, then a key of the right shape, then the handler. */
    const post = (
      name: ClusterAction,
      handler: (request: FastifyRequest, reply: FastifyReply, key: string) => unknown,
    ) =>
      app.post(
        `${base}/${CLUSTER_ACTIONS[name][lang]}`,
        { schema: { hide: true } },
        async (request, reply) => {
          requireStaff(request);
          const params = ClusterParams.safeParse(request.params);
          if (!params.success) return reply.callNotFound();
          return handler(request, reply, params.data.key);
        },
      );

    post('request', (request, reply, key) =>
      act(request, reply, lang, key, 'requested', () => requestClusterChange(db, requireStaff(request), key)),
    );
    post('publish', (request, reply, key) =>
      act(request, reply, lang, key, 'published', () => publishCluster(db, requireStaff(request), key)),
    );
    post('signOff', (request, reply, key) => {
      const { comment } = SignOffForm.parse(formFields(request, { trim: true }));
      return act(request, reply, lang, key, 'signedOff', () =>
        signOffProduction(db, requireStaff(request), key, comment ? { comment } : {}),
      );
    });
    post('production', (request, reply, key) =>
      act(request, reply, lang, key, 'production', () =>
        setClusterLifecycle(db, requireStaff(request), key, { status: 'production' }),
      ),
    );
    post('decide', (request, reply, key) => {
      const form = DecideForm.parse(formFields(request, { trim: true }));
      const invalid = () => ({
        problems: [
          {
            message: t(
              lang,
              form.decision === 'rejected' ? 'governance.errors.comment' : 'governance.errors.invalid',
            ),
            field: `comment-${form.organization_id}`,
          },
        ],
        comment: { organization_id: form.organization_id, value: form.comment },
      });
      const { decision } = form;
      if (!decision) return showCluster(request, reply, lang, key, { status: 400, ...invalid() });
      return act(
        request,
        reply,
        lang,
        key,
        decision,
        () =>
          decideClusterChange(db, requireStaff(request), key, {
            request_id: form.request_id,
            organization_id: form.organization_id,
            decision,
            ...(form.comment ? { comment: form.comment } : {}),
          }),
        invalid,
      );
    });
  }
}

/** Names of the organisations and services a list of changes mentions, in one language. */
function changeNames(screen: ClusterChangesScreen, lang: Lang): ChangeNames {
  const organizations = new Map(screen.organizations.map((o) => [o.id, local(o.name, lang)]));
  const services = new Map(screen.services.map((s) => [s.id, local(s.name, lang)]));
  return {
    organization: (id) => (id ? (organizations.get(id) ?? id) : '—'),
    service: (id) => services.get(id) ?? id,
  };
}

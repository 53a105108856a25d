import type { FastifyInstance } from 'fastify';
import { memberRoleChangeSchema, type Member, type MembersResponse } from '@iap/shared';
import { authorizeInCity, type CityLookup, type GatedCity } from '../access/authorizeInCity.js';
import { can } from '../access/policy.js';
import type { MemberCommands } from './MemberCommands.js';
import type { MembershipRepository } from './MembershipRepository.js';

type MemberParams = { Params: { slug: string; userId: string } };

export interface MembersPluginOptions {
  cities: CityLookup<GatedCity>;
  memberships: MembershipRepository;
  commands: MemberCommands;
}

/** A city's ULG members: list, change a role, remove; under /api/cities. */
export async function membersPlugin(app: FastifyInstance, options: MembersPluginOptions): Promise<void> {
  const { cities, memberships, commands } = options;

  app.get<{ Params: { slug: string } }>('/:slug/members', async (request): Promise<MembersResponse> => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'members.read');
    // E-mail addresses are personal data: only those who manage the ULG need them.
    const showEmail = can(principal, 'members.manage', city.slug);
    return {
      members: memberships.listCity(city.slug).map(
        (member): Member => ({
          userId: member.userId,
          name: member.name,
          ...(showEmail ? { email: member.email } : {}),
          role: member.role,
          joinedAt: member.joinedAt,
        }),
      ),
    };
  });

  app.patch<MemberParams>('/:slug/members/:userId', async (request) => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'members.manage');
    const { role } = memberRoleChangeSchema.parse(request.body);
    const membership = await commands.changeRole(principal.id, city.slug, request.params.userId, role);
    return { userId: membership.userId, role: membership.role };
  });

  app.delete<MemberParams>('/:slug/members/:userId', async (request, reply) => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'members.manage');
    await commands.remove(principal.id, city.slug, request.params.userId);
    return reply.status(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { memberRoleChangedSchema, memberRoleChangeSchema, membersResponseSchema, type Member } from '@iap/shared';
import * as z from 'zod/mini';
import type { CityLookup, GatedCity } from '../access/authorizeInCity.js';
import { cityGate, cityParamsSchema } from '../access/cityGate.js';
import { can } from '../access/policy.js';
import type { MemberCommands } from './MemberCommands.js';
import type { MembershipRepository } from './MembershipRepository.js';

const memberParamsSchema = z.extend(cityParamsSchema, { userId: z.string() });

export interface MembersPluginOptions {
  cities: CityLookup<GatedCity>;
  memberships: MembershipRepository;
  commands: MemberCommands;
}

/** A city's ULG members: list, change a role, remove; under /api/cities. */
export async function membersPlugin(app: FastifyInstance, options: MembersPluginOptions): Promise<void> {
  const { cities, memberships, commands } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const gate = cityGate(cities);

  const listSchema = { params: cityParamsSchema, response: { 200: membersResponseSchema } };
  routes.get('/:slug/members', { ...gate.check('members.read'), schema: listSchema }, async (request) => {
    const { principal, city } = gate.grantOf(request);
    // E-mail addresses are personal data: only those who manage the ULG need them.
    const showEmail = can(principal, 'members.manage', city.slug);
    return {
      members: (await memberships.listCity(city.slug)).map(
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

  const roleSchema = { params: memberParamsSchema, body: memberRoleChangeSchema, response: { 200: memberRoleChangedSchema } };
  routes.patch('/:slug/members/:userId', { ...gate.check('members.manage'), schema: roleSchema }, async (request) => {
    const { principal, city } = gate.grantOf(request);
    const { role } = request.body;
    const membership = await commands.changeRole(principal.id, city.slug, request.params.userId, role);
    return { userId: membership.userId, role: membership.role };
  });

  routes.delete('/:slug/members/:userId', { ...gate.check('members.manage'), schema: { params: memberParamsSchema } }, async (request, reply) => {
    const { principal, city } = gate.grantOf(request);
    await commands.remove(principal.id, city.slug, request.params.userId);
    return reply.status(204).send();
  });
}
